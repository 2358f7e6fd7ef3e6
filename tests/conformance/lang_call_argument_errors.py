# Call forms with *args/**kwargs and CPython's TypeError messages for bad calls.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=0))
print(f(*[1, 2, 3, 4, 5, 6], **{'e': 7, 'g': 8}))
print(f(1, *(2, 3), *[4], e=1, **{'f': 2}, **{'h': 3}))

def attempt(call, *a, **k):
    try:
        call(*a, **k)
    except TypeError as exc:
        print('TypeError:', exc)

attempt(f, 1, 2, 3)
attempt(f, 1, e=2)
attempt(f, 1, 2, 3, e=1, c=3)
attempt(f, a=1, b=2, c=3, e=4)
try:
    f(1, 2, 3, e=1, **{'e': 2})
except TypeError as exc:
    print('TypeError:', exc)

def g(x, y=0, *, z):
    return x, y, z

attempt(g)
attempt(g, 1)
attempt(g, 1, 2, 3, z=1)
attempt(g, 1, 2, z=3, w=4)
attempt(g, 1, x=1, z=0)

def h(a, b):
    return a + b

attempt(h, 1, 2, 3)
attempt(h)
attempt(h, 1, c=2)
attempt(h, *5)
attempt(h, **[1])
attempt(lambda: 0, 1)
attempt(lambda *, k: k)

def po(a, b=2, /):
    return a, b

print(po(1), po(1, 3))
attempt(po, a=1)
attempt(po, 1, b=5)

def kwonly(*, a, b, c):
    return a
attempt(kwonly, a=1)
attempt(kwonly, 1, 2)

class C:
    def m(self, x):
        return x
attempt(C().m)
attempt(C().m, 1, 2)
attempt(C.m)
print(C().m(x=5), C.m(C(), 6))
print(dict(a=1, **{'b': 2}), list(*[[1, 2]]))
attempt(len, [1], [2])
attempt(int, 'x', 'y', 'z')
h(1, b=2, a=3)
