# complex arithmetic to the last bit: abs() (the C library's hypot), *, /, and integer powers.
pairs = [(3, 4), (1, 1), (0.1, 0.2), (1e-300, 1e-300), (1e300, 1e300), (-4.4444122544246924e-256, -1.921306968571096e-255),
         (6.67104494300626e-309, 1.26659316063954e-308), (-8.055783208441797e+41, -2.848955038299472e+42), (2.5, -7.25),
         (123456.789, 0.001), (5e-324, 5e-324), (1.7976931348623157e308, 1e-10), (-0.0, -0.0), (0.3, 0.4), (7, 24)]
for re_, im_ in pairs:
    z = complex(re_, im_)
    print(repr(z), repr(abs(z)))
zs = [complex(a, b) for a, b in pairs[:10]]
for a, b in zip(zs, zs[1:] + zs[:1]):
    try:
        q = a / b
    except ZeroDivisionError as e:
        q = str(e)
    print(repr(a * b), repr(q), repr(a - b), repr(a ** 2), repr(a ** 3), repr(a ** -2))
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)), abs(complex(float('-inf'), 0)))
print((1 + 2j) * (3 - 1j) / (2 + 0.5j), (1e308 + 1e308j) / (1e308 + 1e308j), 1j ** 2, (-1) ** 0.5)
try:
    abs(complex(1.7976931348623157e308, 1.7976931348623157e308))
except OverflowError as e:
    print('OverflowError:', e)
for z, e in [(complex('inf'), 2), (1e200 + 0j, 2), (2 + 0j, 2000), (1e200 + 1e200j, 2), (-8.0, 0.5)]:
    try:
        print(repr(z ** e))
    except OverflowError as ex:
        print('OverflowError:', ex)
print(complex(1, 1) / 0)
