print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(e)
print(list(enumerate(["x", "y"], 1)), dict(enumerate("ab")))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
