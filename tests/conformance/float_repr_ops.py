vals = [0.1, 1.0, 1e16, 1e-5, 123456789.123, 1/3, 2.5e-310, float("inf"), -0.0, 1e22, 0.0001, 1e15 + 0.3]
print(vals)
print(0.1 + 0.2, 1.1 * 3, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5, 10 / 4)
print(float("nan") == float("nan"), 1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio(), (2.5).hex())
print(round(2.675, 2), round(-0.5), round(1.5), round(2.5), round(7.126, 1), int(1e20), float(10**20))
print(1e308 * 10, -1e308 * 10, 3 * 1.1, 1 / 3 * 3, 0.1 * 3 == 0.3, abs(-0.0))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10.0 ** 400
except OverflowError as e:
    print(e)
print(float.fromhex("0x1.8p1"), hash(0.5), hash(1.5), hash(-2.25))
