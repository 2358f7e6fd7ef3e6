def listcomp_nested_if(m):
    return [x for row in m if row for x in row if x % 2 == 0]

def setcomp_method(words):
    return {w.lower() for w in words}

def dictcomp_enumerate(xs):
    return {i: x for i, x in enumerate(xs)}

def genexp_any(xs):
    return any(x > 0 for x in xs)

def genexp_nested(m):
    return list((x, y) for x in m for y in x)

def comp_temp_var(xs):
    return [y for x in xs for y in [x * 2]]

def comp_over_tuple_display(a, b):
    return [x for x in (a, b)]

def generator_two_yields(a):
    yield a
    yield a + 1

def generator_in_loop_with_else(xs):
    for x in xs:
        yield x
    else:
        yield None

def generator_yield_from_gen(g):
    yield from (x for x in g)

def generator_return_in_try(xs):
    try:
        for x in xs:
            yield x
    except GeneratorExit:
        return

def generator_send_loop():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def closure_counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get

def closure_in_comprehension(xs):
    k = 3
    return [lambda: x * k for x in xs]

def lambda_default_closure(v):
    return lambda x=v: x + v

def method_chain(s):
    return s.strip().lower().split(',')

def call_with_genexp(xs):
    return sorted(x for x in xs)

def call_nested_kwargs(f, g):
    return f(g(a=1), b=g(2, c=3))

def subscript_tuple_index(d, a, b):
    return d[a, b], d[a:b, 1], d[...]

def starred_call_only(f, a):
    return f(*a)

def kwargs_call_only(f, kw):
    return f(**kw)

def mixed_star_positional(f, a, b):
    return f(1, *a, *b, 2)

def conditional_expression_chain(a):
    return 'neg' if a < 0 else 'zero' if a == 0 else 'pos'

def fstring_conversions(x):
    return f'{x!s}{x!r}{x!a}{x:>{10}}'

def fstring_debug(x):
    return f'{x=}'

def format_spec_nested(x, w, p):
    return f'{x:{w}.{p}f}'

class Vector:
    __slots__ = ('x', 'y')

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f'Vector({self.x!r}, {self.y!r})'

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @norm.setter
    def norm(self, value):
        raise AttributeError('read-only')

class Sub(Vector):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def __repr__(self):
        return 'Sub' + super().__repr__()
