a = {1, 2, 3, 4}
b = {3, 4, 5}
c = a.copy()
c |= b
print(c, a - b, b - a, a ^ b, a & b, a.issuperset({1, 2}), {1, 2}.issubset(a))
d = set("hello")
d.discard("h"); d.add("z")
print(sorted(d), len(d), "z" in d, frozenset("ab") == frozenset("ba"))
s = set()
for i in range(5):
    s.add(i % 3)
print(s, s.pop() in {0, 1, 2}, len(s))
