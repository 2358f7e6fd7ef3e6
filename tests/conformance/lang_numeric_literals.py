# Numeric literals: bases, underscores, floats, exponents, imaginary literals, big ints.
print(0b1010, 0B11, 0o17, 0O7, 0x1F, 0XfF, 1_000_000, 0x_dead_beef, 0b_1111_0000, 0o_777)
print(0, 00, 0_0, 1e3, 1E-3, 1.5e+10, .5, 5., 1_000.000_1, 1e1_0, 0e0, 00.5, 09.5)
print(1j, 2J, 1.5j, 1e3j, .5j, 0j, 1_0j, 3 + 4j, -1j, (1+2j).imag)
print(123456789012345678901234567890, -(2 ** 100), 2 ** 64 - 1, 0xFFFFFFFFFFFFFFFFFFFF, 10 ** 25 + 1)
print(1e308, 1e309, -1e309, 1e-323, 1e-324, 2.2250738585072014e-308, 4.9e-324, 1.7976931348623157e308)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 9007199254740993, 9007199254740993.0, float(9007199254740993))
print(type(1), type(1.0), type(1j), type(True + 1), type(1 + 1.0), type(1 + 1j), type(2 ** -1), type(2 ** 2))
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 7.0 // 2, 2 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3), 10 ** -2)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(5, -1), round(15, -1))
print(int('1_0'), float('1_0.5'), int('0b101', 2), int('101', 2), int('0o17', 8), int('z', 36), int('  -12  '))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == 1 + 0j, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, not 0, ~5, -~5)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2, -1 << 3, 2 ** 100 >> 90, (1 << 70) & (1 << 70))
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), hex(2 ** 70), format(255, '#010b'), int('ff', 16), int('-0x1f', 16))
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1e16 + 1 == 1e16, float('1e500'), -float('inf'))
print(eval('0b2') if False else 'no eval of bad literal', 1_2.3_4e5_6 if False else 'ok')
def attempt(src):
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError:', e.msg)
for src in ['0b2', '0o8', '09', '1__0', '1_', '0x', '1e', '0_b1', '1.e5', '1_000j', '0xg', '1.2.3', '00', '0_7']:
    attempt(src)
print(10 / 0)
