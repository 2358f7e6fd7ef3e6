d = {}
d["b"] = 1; d["a"] = 2; d["c"] = 3
del d["a"]
d["a"] = 4
print(d, list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
d["z"] = 0
print(k, len(k), "z" in k, k == {"a", "b", "c", "z"}, k - {"a"})
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
