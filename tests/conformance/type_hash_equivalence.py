# Hashes: equal numbers hash equal across int/float/complex/bool/Fraction-like; containers.
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64), hash(10 ** 20))
print(hash(0.5), hash(1.5), hash(-2.5), hash(1e100), hash(float('inf')), hash(float('-inf')), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(1j), hash(1 + 1j), hash(complex(0, -1)), hash((1, 2)), hash((1, (2, 3))), hash(()), hash((None,)) == hash((None,)))
print(hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset({1})) == hash(frozenset({1.0})))
print(hash('') , hash(b''), hash('a') == hash('a'), hash(b'abc') == hash(b'abc'), hash(range(3)) == hash(range(3)))
print(hash(True), hash(False), hash(None) == hash(None), hash(...) == hash(...), hash(int) == hash(int))
d = {1: 'int', 1.0: 'float', True: 'bool', 1 + 0j: 'complex'}
print(d, len(d), {0.0: 'a', -0.0: 'b', 0: 'c'}, {2 ** 61 - 1: 'x', 0: 'y'})
s = {1, 1.0, True, 2, 2.0, 'a', b'a', (1,), (1.0,)}
print(sorted(map(repr, s)), len(s))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x}, {self.y})'
print({Point(1, 2), Point(1, 2), Point(2, 1)} == {Point(1, 2), Point(2, 1)}, Point(1, 2) in {Point(1, 2)}, hash(Point(1, 2)) == hash((1, 2)))
class BigHash:
    def __hash__(self):
        return 2 ** 70
class NegOne:
    def __hash__(self):
        return -1
class Bool:
    def __hash__(self):
        return True
print(hash(BigHash()), hash(NegOne()), hash(Bool()), type(hash(Bool())).__name__)
class IntSubHash:
    def __hash__(self):
        class H(int):
            pass
        return H(12345)
print(hash(IntSubHash()))
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)
class FloatHash:
    def __hash__(self):
        return 1.5
class EqNoHash:
    def __eq__(self, other):
        return True
attempt('float __hash__', lambda: hash(FloatHash()))
attempt('eq without hash', lambda: hash(EqNoHash()))
attempt('list', lambda: hash([]))
attempt('dict', lambda: hash({}))
attempt('set', lambda: hash(set()))
attempt('tuple with list', lambda: hash((1, [])))
attempt('slice', lambda: hash(slice(1, 2)))
attempt('bytearray', lambda: hash(bytearray()))
attempt('dict key list', lambda: {[]: 1})
attempt('frozenset of list', lambda: frozenset([[1]]))
print(hash((1, 2)) != hash((2, 1)), hash(-1.0), hash(-0.5))
{{}: 'unhashable key'}
