# `in`, iteration and reversed(): __contains__, __iter__ and the old __getitem__ protocol.
class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        print('getitem', i)
        return self.items[i]

s = Seq('abc')
print(list(s))
print('b' in s)
print('z' in s)
for ch in Seq([10, 20]):
    print('loop', ch)
it = iter(Seq('xy'))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration after IndexError')

class OnlyIter:
    def __iter__(self):
        print('iter called')
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())

class WithContains(OnlyIter):
    def __contains__(self, item):
        print('contains', item)
        return item == 'magic'
print('magic' in WithContains(), 1 in WithContains(), 'x' not in WithContains())

class Weird:
    def __contains__(self, item):
        return 'truthy string'
print(3 in Weird())

class Rev:
    def __reversed__(self):
        return iter('reversed!')
print(''.join(reversed(Rev())))
class LenItem:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 11
print(list(reversed(LenItem())), list(LenItem()) if False else 'skip')
r = reversed(LenItem())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())

class StopsOnKeyError:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('KeyError propagates', lambda: list(StopsOnKeyError()))
attempt('in int', lambda: 1 in 5)
attempt('iter int', lambda: iter(5))
attempt('reversed of set', lambda: reversed({1, 2}))
attempt('reversed of getitem only', lambda: reversed(Seq('ab')))
class NoneIter:
    __iter__ = None
attempt('__iter__ = None', lambda: iter(NoneIter()))
attempt('in NoneIter', lambda: 1 in NoneIter())
class BadIter:
    def __iter__(self):
        return 42
attempt('iter returns int', lambda: iter(BadIter()))
sentinel_calls = iter([1, 2, 0, 3])
print(list(iter(lambda: next(sentinel_calls), 0)))
print(list(reversed(range(5))), list(reversed('abc')), list(reversed([1, 2])), list(reversed((3, 4))))
d = {'a': 1, 'b': 2}
print(list(reversed(d)), list(reversed(d.items())), 'a' in d.keys(), 1 in d.values(), ('b', 2) in d.items())
print(sum(42))
