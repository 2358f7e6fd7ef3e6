squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items()}, {k: v for k, v in squares.items() if v % 2})
inventory = {"apples": 3, "pears": 0}
inventory.update(bananas=5)
print(sorted(inventory), inventory.get("kiwi", 0), inventory.pop("pears"), inventory)
print(dict.fromkeys(["a", "b"], []), {**inventory, "apples": 10}, len(inventory))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
