# sys.getsizeof for tuple, list (over-allocation on append and shrink), dict, set, frozenset.
import sys
print([sys.getsizeof(t) for t in [(), (1,), (1, 2), tuple(range(10))]])
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))))
print(sys.getsizeof([0] * 10), sys.getsizeof([x for x in range(10)]), sys.getsizeof(list('abcde')))
l = []
last = None
for i in range(70):
    s = sys.getsizeof(l)
    if s != last:
        print('append', len(l), s)
        last = s
    l.append(i)
while l:
    l.pop()
    s = sys.getsizeof(l)
    if s != last:
        print('pop', len(l), s)
        last = s
l = list(range(20))
l.extend(range(5)); print('extend', len(l), sys.getsizeof(l))
l.insert(0, 1); print('insert', len(l), sys.getsizeof(l))
del l[:20]; print('del slice', len(l), sys.getsizeof(l))
l.clear(); print('clear', sys.getsizeof(l))
print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1, b=2)))
d = {}
last = None
for i in range(100):
    s = sys.getsizeof(d)
    if s != last:
        print('dict str', len(d), s)
        last = s
    d[str(i)] = i
d = {}
last = None
for i in range(100):
    s = sys.getsizeof(d)
    if s != last:
        print('dict int', len(d), s)
        last = s
    d[i] = i
for k in list(d)[:90]:
    del d[k]
print('dict after del', len(d), sys.getsizeof(d))
d.clear(); print('dict clear', sys.getsizeof(d))
print(sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof({1, 2, 3}))
s = set()
last = None
for i in range(200):
    sz = sys.getsizeof(s)
    if sz != last:
        print('set', len(s), sz)
        last = sz
    s.add(i)
print(sys.getsizeof(frozenset(range(100))), sys.getsizeof(set(range(100))))
