# Binary operators: __iadd__ fallback, reflected operands, subclass priority, NotImplemented.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f'Vec{tuple(self.xs)}'
    def __add__(self, other):
        print(f'{self!r}.__add__({other!r})')
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.xs])
        return NotImplemented
    def __radd__(self, other):
        print(f'{self!r}.__radd__({other!r})')
        return self + other
    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Vec(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __pow__(self, n, mod=None):
        return Vec(*[pow(a, n, mod) for a in self.xs])

v = Vec(1, 2)
print(v + Vec(10, 20))
print(v + 5)
print(5 + v)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
print(3 * v, v * 3, v @ Vec(3, 4), -v, abs(Vec(3, 4)), v ** 2, pow(v, 3, 5))
w = v
w += Vec(1, 1)
print(w, v, w is v)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print('__iadd__', other)
        if other == 'refuse':
            return NotImplemented
        self.items.append(other)
        return self
    def __add__(self, other):
        print('__add__ fallback', other)
        new = Acc()
        new.items = self.items + [other]
        return new
a = Acc()
b = a
a += 1
a += 'refuse'
print(a.items, b.items, a is b)

class Base:
    def __add__(self, other):
        return 'Base.__add__'
    def __radd__(self, other):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, other):
        return 'Derived.__radd__ wins'
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Money(float):
    def __add__(self, other):
        return Money(float(self) + other)
    def __radd__(self, other):
        return f'Money.__radd__ with {other!r}'
print(1.5 + Money(2), Money(2) + 1.5, type(Money(1) + 1).__name__, 1 + Money(2))

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)
attempt('vec + str', lambda: v + 'x')
attempt('str + vec', lambda: 'x' + v)
attempt('vec * float', lambda: v * 1.5)
attempt('vec - vec', lambda: v - v)
attempt('vec < vec', lambda: v < v)
attempt('~vec', lambda: ~v)
attempt('vec % 2', lambda: v % 2)
attempt('divmod', lambda: divmod(v, 2))
attempt('pow 3 args str', lambda: pow('a', 2, 3))
attempt('list += int', lambda: exec('x = []\nx += 1'))
attempt('int @ int', lambda: 2 @ 3)
attempt('None + None', lambda: None + None)
acc = Acc()
acc -= 1
