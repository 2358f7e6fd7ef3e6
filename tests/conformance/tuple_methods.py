t = (1, 2, 3, 2)
print(t, t.count(2), t.index(3), t[1:], t + (4,), t * 2, len(t), (1,), (), tuple("ab"), hash((1, 2)) == hash((1, 2)))
a, b = t[:2]
print(a, b, max(t), sorted(t), (1, 2) < (1, 3), (1, [2])[1])
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(hash((1, 2, 3)), hash(()), hash(("a",)) == hash(("a",)))
