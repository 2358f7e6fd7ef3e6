import json
obj = {"list": [1, 2.5, None, True], "text": "quote\" and \\ slash", "nested": {"a": [], "b": {}}}
text = json.dumps(obj, sort_keys=True)
print(text)
print(json.loads(text) == obj, json.dumps("é"), json.dumps("é", ensure_ascii=False), json.dumps(1e100), json.dumps(float("inf")))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent=4))
