# fractions.Fraction: construction from ints/strings/floats/decimals-as-strings, arithmetic,
# comparison, limit_denominator, from_float, rounding, str/repr, hashing, and errors.
from fractions import Fraction as F
import math

print(F(3, 4), F(6, -8), F(5), F('3/7'), F(' -1.25 '), F('1e-2'), F('2.5e3'), F(0.5), F(F(1, 3), F(2, 3)))
print(repr(F(1, 3)), str(F(4, 2)), F(1, 3).numerator, F(1, 3).denominator, F(-2, 6).as_integer_ratio())
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a ** -2, -a, +a, abs(F(-3, 4)))
print(a + 1, 1 - a, a * 2.0, 2 ** F(1, 2), F(4, 9) ** F(1, 2), F(8) ** F(1, 3), divmod(F(7, 2), F(1, 3)))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, a < b, a > 0.3, F(1, 2) <= 0.5, F(3) == 3, hash(F(3)) == hash(3), hash(F(1, 2)) == hash(0.5))
print(sorted([F(2, 3), F(1, 2), F(5, 6), 0.6]), max(F(1, 7), F(1, 8)), sum([F(1, 10)] * 10))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F('3.14159').limit_denominator(100), F(1, 3).limit_denominator(1))
print(F.from_float(0.1), F.from_float(2.5), F(0.1).limit_denominator(), F(1.1))
print(round(F(7, 2)), round(F(5, 2)), round(F(-7, 2)), round(F(22, 7), 2), math.floor(F(-7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), float(F(1, 8)))
print(F(3, 4).is_integer() if hasattr(F, 'is_integer') else 'n/a', bool(F(0)), bool(F(1, 9)), F(1, 2).conjugate(), F(1, 2).real, F(1, 2).imag)
print(f'{float(F(1, 3)):.5f}', F(10, 4) * F(2, 5), F(1, 2) + F(1, 3) + F(1, 6))
for label, f in [('zero den', lambda: F(1, 0)), ('bad str', lambda: F('1/2/3')), ('empty', lambda: F('')),
                 ('float den', lambda: F(1, 2.0)), ('nan', lambda: F(float('nan'))), ('inf', lambda: F(float('inf'))),
                 ('div zero', lambda: F(1, 2) / 0), ('str type', lambda: F([1])), ('limit 0', lambda: F(1, 3).limit_denominator(0)),
                 ('zero pow neg', lambda: F(0) ** -1)]:
    try:
        print(label, f())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(label, '->', type(e).__name__, e)
