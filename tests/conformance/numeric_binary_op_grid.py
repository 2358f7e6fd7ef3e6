# Every arithmetic operator over a grid of ints (small, near 2**53, huge) and floats (signed
# zeros, 1e308): the specialised fast paths and the generic path must agree with CPython.
vals = [0, 1, -1, 2, -2, 7, -7, 3, 10**15, -10**15, 2**52, -(2**53) + 1, 2**53 - 1, 0.0, -0.0, 1.5, -2.5, 1e308, 3]
import math
for a in vals:
    for b in vals:
        out = []
        for op in ('+', '-', '*', '/', '//', '%'):
            try:
                r = eval(f'a {op} b')
                out.append(repr(r))
            except Exception as e:
                out.append(type(e).__name__)
        print(repr(a), repr(b), ' '.join(out))
x = 5; x *= -0; print(x, float(x), -7 // 2, -7 % 2, 7 % -2, 0 * -1, float(0 * -1), 2**53 * 2, (2**53 - 1) * 3)
