# list.sort is timsort: the same "<" calls in the same order as CPython (counts per input shape),
# keys computed before reversing, mutation during sort reported as ValueError.
class A:
    def __init__(s,v): s.v=v
    def __lt__(s,o): print('lt',s.v,o.v); return s.v<o.v
sorted([A(3),A(1),A(2),A(5),A(4)])
import random
random.seed(5)
calls = 0
class B:
    __slots__ = ('v',)
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        global calls
        calls += 1
        return s.v < o.v
for n in (10, 100, 1000, 5000):
    for kind in ('rand', 'sorted', 'rev', 'dups', 'saw'):
        if kind == 'rand': xs = [random.random() for _ in range(n)]
        elif kind == 'sorted': xs = list(range(n))
        elif kind == 'rev': xs = list(range(n, 0, -1))
        elif kind == 'dups': xs = [random.randrange(5) for _ in range(n)]
        else: xs = [i % 37 for i in range(n)] + [random.random() for _ in range(n // 3)]
        calls = 0
        out = [b.v for b in sorted([B(x) for x in xs])]
        assert out == sorted(xs)
        calls2 = calls; calls = 0
        out = [b.v for b in sorted([B(x) for x in xs], reverse=True)]
        print(n, kind, calls2, calls, out == sorted(xs, reverse=True))
l = [3, 1, 2]
def k(x):
    l.append(1); return x
try: l.sort(key=k)
except Exception as e: print(type(e).__name__, e, l)
try: sorted([1, 'a', 2])
except TypeError as e: print(e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,)]), sorted(['b', 'a', 'é', 'ab', '']), sorted([3, 10**30, -5, 2.5]))
print(sorted("hello world", key=str.upper, reverse=True))
