# copy: shallow vs deep copies, memo and shared references, cycles, __copy__/__deepcopy__,
# __reduce_ex__-based copying, copy.replace-free error cases.
import copy

nested = {'a': [1, [2, 3]], 'b': (4, [5])}
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
nested['a'][1].append('X')
nested['b'][1].append('Y')
print(sh, dp, sh['a'] is nested['a'], dp['a'] is nested['a'])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)
shared = [1, 2]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
cyc = [1]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[1] is dcyc, dcyc is not cyc, repr(dcyc))
memo = {}
c1 = copy.deepcopy(shared, memo)
c2 = copy.deepcopy(shared, memo)
print(c1 is c2, id(shared) in memo)
print(copy.copy(5), copy.copy('s'), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)
print(copy.copy({1, 2}), copy.copy(frozenset({3})), copy.copy(bytearray(b'ab')), copy.deepcopy([b'x', 1.5, 2j]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

p = Point([1], {'k': 'v'})
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x.append(2)
print(p2, p3, p2.x is p.x, p3.x is p.x)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('  __copy__ called')
        return Custom(self.v + ['copied'])
    def __deepcopy__(self, memo):
        print('  __deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ['deep'])

c = Custom([0])
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2

s = copy.deepcopy(Slotted())
print(s.a, s.b)

class WithState:
    def __init__(self):
        self.data = [1]
    def __getstate__(self):
        print('  getstate')
        return {'data': self.data, 'extra': True}
    def __setstate__(self, state):
        print('  setstate', sorted(state))
        self.__dict__.update(state)

w = copy.deepcopy(WithState())
print(w.data, w.extra)

class Base(list):
    pass

b = Base([1, [2]])
b.attr = 'kept'
bc = copy.deepcopy(b)
print(type(bc).__name__, bc, bc.attr, bc[1] is b[1])

class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError('cannot copy NoCopy')

try:
    copy.copy(NoCopy())
except TypeError as e:
    print(type(e).__name__, e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
