s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s, sorted(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a.isdisjoint({9}), a.union([5]), a.intersection(b, {3}))
print(set(), frozenset([1, 2]), {frozenset([1])}, set("hello") == set("ohle"), {10, 100, 1000, 3, 37})
print({x for x in range(20)}, {-1, -2, 5, 1000, 2**40})
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(set([5, 3, 5, 1]).pop())
