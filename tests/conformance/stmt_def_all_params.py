def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
def g(*, key):
    return key
print(g(key="k"))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, b=3, d=1)
except TypeError as e:
    print(e)
try:
    g("x")
except TypeError as e:
    print(e)
