# collections.abc: structural checks on builtins, registration, abstract-method errors, and
# the mixin methods a Mapping/MutableSequence/Set subclass inherits.
from collections import abc, deque, OrderedDict, ChainMap, Counter, defaultdict

checks = [abc.Hashable, abc.Iterable, abc.Iterator, abc.Reversible, abc.Sized, abc.Container,
          abc.Collection, abc.Callable, abc.Sequence, abc.MutableSequence, abc.Set, abc.MutableSet,
          abc.Mapping, abc.MutableMapping, abc.Generator, abc.ByteString]
samples = [1, 'str', b'b', [1], (1,), {1}, frozenset(), {'k': 1}, range(3), iter([]), (x for x in ()),
           len, deque(), OrderedDict(), ChainMap(), Counter(), bytearray(), {}.keys(), {}.items(), memoryview(b'')]
for s in samples:
    print(f'{type(s).__name__:16}', ''.join('X' if isinstance(s, c) else '.' for c in checks))
print([c.__name__ for c in checks])
print(issubclass(dict, abc.MutableMapping), issubclass(defaultdict, abc.Mapping), issubclass(list, abc.Hashable), issubclass(tuple, abc.Hashable))

class Bag(abc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

b = Bag()
b['x'] = 1
b.update({'y': 2}, z=3)
print(len(b), b.get('x'), b.get('q', 'none'), 'y' in b, list(b.keys()), list(b.items()), list(b.values()))
print(b.setdefault('w', 9), b.pop('x'), b.pop('nope', 'dflt'), b == {'y': 2, 'z': 3, 'w': 9}, sorted(b))
print(b.keys(), type(b.items()).__name__, ('y', 2) in b.items(), 2 in b.values(), b.keys() & {'y', 'q'})
k, v = b.popitem()
print(k, v, len(b))
b.clear()
print(len(b), dict(b))
try:
    b.pop('gone')
except KeyError as e:
    print(type(e).__name__, e)

class Incomplete(abc.Mapping):
    def __getitem__(self, k):
        return k

try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

class Squares(abc.Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

sq = Squares(5)
print(list(sq), 9 in sq, sq.index(16), sq.count(4), list(reversed(sq)), isinstance(sq, abc.Reversible))
try:
    sq.index(7)
except ValueError as e:
    print(type(e).__name__, repr(e))

class Stack(abc.MutableSequence):
    def __init__(self):
        self._items = []
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        self._items.insert(i, v)

s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
s.reverse()
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(3)
print(list(s), len(s))

class Range3(abc.Set):
    def __init__(self, items=(1, 2, 3)):
        self._s = set(items)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)

r = Range3()
print(sorted(r & {2, 3, 4}), sorted(r | {9}), sorted(r - {1}), sorted(r ^ {3, 4}), r <= Range3((1, 2, 3, 4)), r == Range3(), r.isdisjoint({7}))
print(type(r & {2}).__name__, r._hash() == hash(frozenset({1, 2, 3})))

class Registered:
    pass

abc.Sequence.register(Registered)
print(issubclass(Registered, abc.Sequence), issubclass(Registered, abc.Iterable), isinstance(Registered(), abc.Sized))
class Callme:
    def __call__(self):
        return 1
print(isinstance(Callme(), abc.Callable), isinstance(Callme, abc.Callable), isinstance(None, abc.Callable))
