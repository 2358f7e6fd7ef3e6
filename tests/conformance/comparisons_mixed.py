print(1 < 2.5, 2 == 2.0, "a" < "b", [1, 2] < [1, 3], (1, "a") < (1, "b"), None is None, 1 is not None)
for a, b in [(1, "1"), ([], [])]:
    print(a == b)
try:
    print(1 < "1")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
