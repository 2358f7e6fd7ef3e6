# Builtins that drain an iterable (list, tuple, sorted, set, frozenset, dict.fromkeys,
# str.join, min, max, sum, enumerate-in-list) make an iterator over a dict, a set or a
# view and release it when done: none of them leaves a reference to the container behind.
import sys

d = {'a': 1, 'b': 2}
s = {3, 4}
base_d, base_s = sys.getrefcount(d), sys.getrefcount(s)
list(d); list(d.items()); list(d.values()); tuple(d); tuple(d.keys())
sorted(d); set(d); frozenset(d); dict.fromkeys(d)
list(s); tuple(s); sorted(s)
','.join(d); min(d); max(d); sum(s); list(enumerate(d)); list(zip(d, s))
print(sys.getrefcount(d) - base_d, sys.getrefcount(s) - base_s)


def drain(obj):
    for _ in range(3):
        list(obj)
        tuple(obj)


drain(d)
drain(s)
drain(d.items())
print(sys.getrefcount(d) - base_d, sys.getrefcount(s) - base_s)
