# collections.OrderedDict and collections.deque: ordering operations, equality, reprs, errors.
from collections import OrderedDict, deque

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od)
od.move_to_end('a')
print(list(od))
od.move_to_end('c', last=False)
print(list(od), repr(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, str(e))
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y)
print(OrderedDict.fromkeys('xyz', 0))
z = x.copy()
z['c'] = 3
print(z, x, list(reversed(z)))
print(x | {'q': 9}, OrderedDict() == {})
print(z.setdefault('d', 4), z.pop('a'), z.pop('nope', 'default'), z)
print(repr(OrderedDict()))

d = deque([1, 2, 3], maxlen=3)
print(d, d.maxlen)
d.append(4)
print(d)
d.appendleft(0)
print(d)
d.extend([7, 8])
print(d)
d.extendleft('ab')
print(d)
e = deque(range(6))
e.rotate(2)
print(e)
e.rotate(-3)
print(e)
print(e.index(4), e.count(1), e[0], e[-1], len(e))
try:
    e.index(99)
except ValueError as err:
    print(type(err).__name__, err)
e.remove(3)
print(e, e.pop(), e.popleft(), e)
try:
    deque().pop()
except IndexError as err:
    print(type(err).__name__, err)
try:
    deque().popleft()
except IndexError as err:
    print(type(err).__name__, err)
f = deque('abc')
f.insert(1, 'X')
f.reverse()
print(f, list(f), 'X' in f, f * 2, f + deque('z'))
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque(maxlen=0))
f.clear()
print(f, bool(f), repr(deque([[1], (2,)], 5)))
try:
    deque(maxlen=-1)
except ValueError as err:
    print(type(err).__name__, err)
g = deque([1, 2, 3])
g[1] = 20
del g[0]
print(g, g.copy())
