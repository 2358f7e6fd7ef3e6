# Float powers and round() must agree with CPython to the last bit (repr shows every digit).
bases = [10, 10.0, 1.1, 2.5, 3, 0.1, 7.0, -1.5, 1e-3, 123.456, 1.0000001]
for b in bases:
    print(b, [repr(b ** n) for n in (-22, -7, -3, 3, 5, 7, 13, 22)])
ten, two, five, three, eleven = 10, 2, 5, 3.0, 1.1
print(ten ** -1, ten ** -2, ten ** -5, two ** -1074, two ** -1075, 2.0 ** 1023, five ** -20, three ** 40, eleven ** 100)
half, tiny, huge = 0.5, 1e-200, 1e200
print(half ** 1074, half ** 1075, (-2.0) ** 1023, (-half) ** 3, tiny ** 2, huge ** -2, 10.0 ** 308)
three_i, six, one_half = 3, 6, 1.5
print([repr(x / ten ** 18) for x in (1, 7, 123456789)], three_i ** -40, six ** -30, one_half ** -60)
vals = [2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 2.5e24, 2.3230811297746214e+24, 1e300, 123456789.987654321, -0.5, 5e-324]
for v in vals:
    print(repr(v), [repr(round(v, n)) for n in (-30, -20, -5, -2, -1, 0, 1, 2, 3, 10)])
print(round(1.5), round(2.5), round(-1.5), round(0.5), round(1e16 + 1), type(round(2.5)).__name__, round(7.5, None))
print(round(12345, -2), round(12355, -1), round(-12345, -2), round(25, -1), round(35, -1), round(2 ** 70 + 1, -10))
def attempt(label, fn):
    try:
        print(label, fn())
    except (OverflowError, ValueError, ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)
attempt('overflow pow', lambda: 10.0 ** 400)
attempt('int base overflow', lambda: (10 ** 400) ** -1)
attempt('huge round', lambda: round(1.7976931348623157e308, -308))
attempt('round inf', lambda: round(float('inf'), 2))
attempt('round nan digits', lambda: round(float('nan'), -1))
attempt('zero neg pow', lambda: 0 ** -2)
attempt('float zero neg pow', lambda: 0.0 ** -0.5)
attempt('negative fractional', lambda: (-8.0) ** (1 / 3))
attempt('round str digits', lambda: round(1.5, '2'))
print(pow(2.0, 10), pow(10, -3), pow(-3, 3), pow(4, 0.5), pow(-1, 0.5))
print((10 ** 400) ** 0.5)
