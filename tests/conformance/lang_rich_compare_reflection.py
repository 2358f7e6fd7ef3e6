# Rich comparisons: reflection, NotImplemented, subclass priority, __hash__ = None.
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'V({self.n})'
    def __eq__(self, other):
        print(f'{self!r}.__eq__({other!r})')
        if isinstance(other, V):
            return self.n == other.n
        return NotImplemented
    def __lt__(self, other):
        print(f'{self!r}.__lt__({other!r})')
        if isinstance(other, V):
            return self.n < other.n
        if isinstance(other, int):
            return self.n < other
        return NotImplemented

print(V(1) == V(1))
print(V(1) == 1)
print(V(1) != V(2))
print(V(1) < V(2))
print(V(1) > V(2))
print(3 > V(1))
print(V(5) < 10)

class W(V):
    def __eq__(self, other):
        print(f'W.__eq__({self!r}, {other!r})')
        return 'from W'
    def __gt__(self, other):
        print(f'W.__gt__({self!r}, {other!r})')
        return True
print(V(1) == W(1))
print(V(1) < W(9))

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)
attempt('V <= V', lambda: V(1) <= V(2))
attempt('V < str', lambda: V(1) < 'a')
attempt('object < object', lambda: object() < object())
attempt('list < tuple', lambda: [1] < (1,))
attempt('None >= 0', lambda: None >= 0)
attempt('str > int', lambda: 'a' > 1)
print(sorted([V(3), V(1), V(2)]))
print(max(V(4), V(7)), min([V(9), V(2)]))

class NoHash:
    __hash__ = None
    def __eq__(self, other):
        return True
print(NoHash.__hash__, NoHash() == 5)
attempt('hash(NoHash())', lambda: hash(NoHash()))
attempt('set of V', lambda: {V(1)})
print(V.__hash__ is None, W.__hash__ is None, object.__hash__ is not None)
class EqOnly:
    def __eq__(self, other):
        return NotImplemented
e = EqOnly()
print(e == e, e == EqOnly(), e != e, e != EqOnly())
class CmpResult:
    def __lt__(self, other):
        return [1]
print(CmpResult() < 1, bool(CmpResult() < 1))
print(1 == 1.0, 1 < 1.5 < 2, (1, 'a') < (1, 'b'), [1, 2] < [1, 2, 0], 'B' < 'a')
print(NotImplemented, type(NotImplemented).__name__, V(1).__eq__('x'), V(1).__ne__('x'))
print({1, 2} < {1, 2, 3}, {1} > {2}, frozenset({1}) == {1})
class Ordered:
    def __init__(self, k): self.k = k
    def __ge__(self, o):
        print('__ge__'); return self.k >= o.k
print(Ordered(1) <= Ordered(2))
V(1) < V('x') if False else V(1) >= 'text'
