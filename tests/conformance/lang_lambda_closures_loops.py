# Lambdas with defaults, closures created in loops, and late binding.
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
gs = [lambda i=i: i * 10 for i in range(4)]
print([g() for g in gs])
print([g(7) for g in gs])

def make_adders():
    out = []
    for n in (1, 2, 3):
        def add(x, n=n):
            return x + n
        out.append(add)
    return out

print([a(100) for a in make_adders()])

def counter(start=0, step=1):
    value = start
    def tick():
        nonlocal value
        value += step
        return value
    return tick

c = counter(10, 5)
print(c(), c(), c())
print(c.__closure__ is not None, len(c.__closure__))
print(sorted(c.__code__.co_freevars))

# A default is evaluated once, at definition time.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)

k = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(k(1, c=3))
print(k(1, 5, 6, 7, c=8, e=9))
print(k.__defaults__, k.__kwdefaults__)
print(k.__name__, (lambda: 0).__qualname__)

# Closure cells see later rebinding of the enclosing variable.
def outer():
    x = 'first'
    get = lambda: x
    x = 'second'
    return get

print(outer()())
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), list(map(compose(str, abs), [-1, 2, -3])))
nested = [[lambda j=j, i=i: (i, j) for j in range(2)] for i in range(2)]
print([f() for row in nested for f in row])
print((lambda *a, **k: (a, k))(1, 2, x=3))
k(1)
