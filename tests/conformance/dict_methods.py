d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d.get("x"), d.get("x", 0), d.keys(), d.values(), d.items(), len(d), "a" in d)
print(d.pop("a"), d.setdefault("z", 26), d, d.popitem(), d)
d.update({"b": 20}, y=25)
print(d, list(d), dict(zip("ab", [1, 2])), dict([("k", "v")]), dict.fromkeys("xy", 0))
print({**d, "new": 1}, d | {"b": 0}, {1: "a"} == {1: "a"}, sorted(d.items()))
for k, v in d.items():
    print(k, v)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print(e)
print(d.keys() & {"b", "q"}, list(reversed({"p": 1, "q": 2})))
