# functools: partial (repr, nesting, keywords), wraps, reduce, cmp_to_key, total_ordering,
# cached_property, singledispatch.
import functools

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

sq = functools.partial(power, exp=2)
print(sq(7), sq.func is power, sq.args, sq.keywords)
p2 = functools.partial(sq, mod=5)
print(p2(7), p2.func is power, p2.keywords)
p3 = functools.partial(max, 3, key=abs)
print(repr(p3), p3(-9, 2))
try:
    functools.partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.partial(5)
except TypeError as e:
    print(type(e).__name__, e)

def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner

@deco
def documented(x):
    "Doc here."
    return x

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)

print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 'init'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)

def by_len(a, b):
    return len(a) - len(b)

words = ['ccc', 'a', 'bb', 'dddd', 'e']
print(sorted(words, key=functools.cmp_to_key(by_len)))
K = functools.cmp_to_key(by_len)
print(K('aa') < K('b'), K('a') == K('b'), K('aaa') > K('b'))

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f'V{self.n}'

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, sorted([b, a]), max(a, b))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('computing')
        return 3 * self.r ** 2

c = Circle(2)
print(c.area, c.area, 'area' in vars(c))
del c.area
print(c.area)
print(type(Circle.__dict__['area']).__name__, Circle.area.attrname)

@functools.singledispatch
def describe(x):
    return f'object {x!r}'

@describe.register
def _(x: int):
    return f'int {x}'

@describe.register(list)
def _(x):
    return f'list of {len(x)}'

print(describe(3), describe(True), describe([1, 2]), describe('s'), describe(2.5))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
