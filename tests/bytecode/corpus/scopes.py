class Outer:
    attr = 1

    class Inner:
        def method(self):
            return __class__

    def uses_super(self):
        return super().uses_super()

    def closure_over_self(self):
        def inner():
            return self.attr
        return inner

    def comp_in_method(self, xs):
        return [self.attr + x for x in xs]

    values = [1, 2, 3]
    doubled = [v * 2 for v in values]


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b


class WithClassVarClosure:
    x = 1

    def f(self):
        x = 2

        def g():
            return x
        return g


def decorator_with_args(n):
    def wrap(f):
        def inner(*args, **kwargs):
            return f(*args, **kwargs) * n
        return inner
    return wrap


@decorator_with_args(2)
def decorated_with_args(x):
    return x


def nonlocal_two_levels():
    a = 0
    def mid():
        def inner():
            nonlocal a
            a += 1
        inner()
    mid()
    return a


def shadowed_builtin():
    len = 5
    return len


def cell_and_param(x):
    def get():
        return x
    x = x + 1
    return get


def global_func_def():
    global helper
    def helper():
        return 1
    return helper


def lambda_in_comp(xs):
    return [lambda: x for x in xs]


def genexp_in_genexp(m):
    return sum(sum(x for x in row) for row in m)


def comp_with_closure_cell(n):
    fs = [lambda: n for _ in range(3)]
    n = 5
    return fs


def class_in_class_method():
    class A:
        class B:
            pass
    return A


def default_referencing_closure(a):
    def f(x=a):
        return x
    return f


def kwonly_defaults_mixed(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw


def annotated_complex(a: 'x', *args: int, b: list = None, **kw: dict) -> None:
    pass


class Annotated:
    x: int
    y: str = 'a'
    z: 'List[int]' = []


def yield_in_with(cm):
    with cm:
        yield 1


def yield_from_gen_with_value():
    result = yield from range(3)
    return result


def gen_expr_condition_closure(xs, lo):
    return list(x for x in xs if x > lo)


def recursive(n):
    if n <= 1:
        return 1
    return n * recursive(n - 1)


def private_in_class():
    class P:
        __x = 1

        def get(self):
            return self.__x
    return P
