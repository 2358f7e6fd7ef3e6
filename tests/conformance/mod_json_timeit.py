import json, timeit
data = {"name": "glasspy", "version": [0, 1], "ok": True, "none": None, "pi": 3.14, "nested": {"k": "vé\n"}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, true, {"a": {}}]'), json.dumps([1, (2, 3)], separators=(",", ":")))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(timeit.timeit("x = 1 + 1", number=1000) > 0, len(timeit.repeat("pass", number=10, repeat=3)))
