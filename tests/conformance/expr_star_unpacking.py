first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
a, b = b, a = 1, 2
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
print([*range(3), *"ab"], (*[1, 2],), {**{"a": 1}, "b": 2})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 4}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
