# complex: construction, attributes, arithmetic, repr, and errors.
zs = [1 + 2j, -1.5j, complex(3), complex(0, -0.0), complex('1+2j'), complex(' (3-4j) '), complex('-j'), complex(1e300, 1e-300)]
for z in zs:
    print(repr(z), z.real, z.imag, z.conjugate(), abs(z) if abs(z) < 1e200 else 'big')
print(complex(1, 2) == 1 + 2j, complex(2) == 2, complex(2.5) == 2.5, 1j * 1j, (1 + 1j) ** 2, (2 + 0j) ** 0.5)
print(complex(1 + 2j, 3j), complex(1j, 1j), complex(real=5), complex(imag=2), complex())
print((1 + 2j) / (3 - 4j), (1 + 2j) * (3 - 4j), (1 + 2j) - 1, 2 - (1 + 2j), -(1 + 2j), +(1 - 0j))
print(hash(1 + 0j) == hash(1), hash(complex(0, 1)) == hash(1j), bool(0j), bool(0.0 + 1j))
print(complex('inf'), complex('nan+nanj'), complex('-infj'), complex(float('inf'), -0.0))
print(format(1 + 2j, '.2f'), format(3.14159 - 2.71828j, '^30.3e'), f'{1.5j:g}', '{:>20}'.format(2 - 3j), format(1j, ''))
print(str(1j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), 1e20j, 1e-20 + 1j)
print(pow(1j, 2), 1j ** 0, 0j ** 0, (1 + 1j).__abs__(), (3 + 4j).__abs__())
class C(complex):
    def __repr__(self):
        return f'C{complex.__repr__(self)}'
c = C(1, 1)
print(c, c + 1, type(c + 1).__name__, type(c.conjugate()).__name__)
class HasComplex:
    def __complex__(self):
        return 5 - 5j
class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 7
print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(HasFloat(), HasIndex()))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('divide by zero', lambda: (1 + 1j) / 0)
attempt('complex floor div', lambda: (1 + 1j) // 2)
attempt('complex mod', lambda: (1 + 1j) % 2)
attempt('complex lt', lambda: 1j < 2j)
attempt('int(complex)', lambda: int(1j))
attempt('float(complex)', lambda: float(1 + 0j))
attempt('bad string', lambda: complex('1+2'))
attempt('spaces inside', lambda: complex('1 + 2j'))
attempt('str and imag', lambda: complex('1', 2))
attempt('imag str', lambda: complex(1, '2'))
attempt('complex of list', lambda: complex([1]))
attempt('zero to negative', lambda: 0j ** -1)
attempt('round complex', lambda: round(1j))
attempt('format with zero pad', lambda: format(1j, '010'))
attempt('format with =', lambda: format(1j, '=10'))
attempt('format d', lambda: format(1j, 'd'))
print(complex('1e3j'), complex('-1.5e-3+2J'), complex('+1.0-0.0j'), (1+2j).__getnewargs__())
complex('garbage')
