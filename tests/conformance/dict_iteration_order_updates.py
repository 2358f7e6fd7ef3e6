d = {}
for w in "banana split":
    d[w] = d.get(w, 0) + 1
print(d)
d.pop("a")
d["a"] = 0
print(list(d))
print({k: v for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))})
