print(max([], default="empty"), min([3, 1], default=0), max(1, 2, 3), min("abc"), max([(1, 'z'), (1, 'a')]))
print(max({"a": 3, "b": 5}, key=lambda k: {"a": 3, "b": 5}[k]))
try:
    max([])
except ValueError as e:
    print(e)
