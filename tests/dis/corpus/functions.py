# Functions: arguments, defaults, closures, nonlocal/global, generators, decorators, calls.
def no_args(): return 0
def one_arg(a): return a
def defaults(a, b=1, c='x'): return a, b, c
def kwonly(a, *, b, c=3): return a + b + c
def posonly(a, b, /, c): return a + b + c
def varargs(*args): return args
def varkw(**kwargs): return kwargs
def all_kinds(a, b=2, /, c=3, *args, d, e=5, **kw): return a, b, c, args, d, e, kw
def annotated(a: int, b: 'str' = 'x') -> bool: return True
def call_noargs(f): return f()
def call_args(f, a, b): return f(a, b)
def call_kw(f, a): return f(a, key=1)
def call_kw_many(f): return f(1, 2, x=3, y=4)
def call_star(f, args): return f(*args)
def call_star_and_pos(f, a, args): return f(a, *args)
def call_starstar(f, kw): return f(**kw)
def call_star_starstar(f, a, kw): return f(*a, **kw)
def call_kw_and_starstar(f, kw): return f(x=1, **kw)
def call_two_stars(f, a, b): return f(*a, *b)
def call_two_starstars(f, a, b): return f(**a, **b)
def call_method(o): return o.method(1, 2)
def call_method_kw(o): return o.method(1, k=2)
def call_method_star(o, a): return o.method(*a)
def call_builtin(xs): return len(xs)
def call_global_chain(): return print(len('abc'))
def call_nested(f, g, x): return f(g(x))
def call_attr_chain(o): return o.a.b.c()
def call_result(f): return f()()
def call_many_args(f): return f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
def call_subscript(fs): return fs[0](1)
def closure():
    x = 1
    def inner():
        return x
    return inner
def closure_arg(a):
    def inner(b):
        return a + b
    return inner
def closure_two_levels(a):
    def middle():
        def inner():
            return a
        return inner
    return middle
def closure_nonlocal():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def closure_modify_after():
    x = 1
    def get():
        return x
    x = 2
    return get
def closure_del():
    x = 1
    def get():
        return x
    del x
    return get
def closure_in_loop(xs):
    fs = []
    for x in xs:
        fs.append(lambda: x)
    return fs
def closure_default_capture(xs):
    return [lambda x=x: x for x in xs]
def closure_class():
    y = 2
    class C:
        z = y
        def m(self):
            return y
    return C
counter = 0
def use_global():
    global counter
    counter += 1
    return counter
def read_global(): return counter
def declare_global_assign():
    global newname
    newname = 5
def del_global():
    global counter
    del counter
def gen_simple():
    yield 1
    yield 2
def gen_loop(n):
    for i in range(n):
        yield i
def gen_expr_value():
    x = yield
    return x
def gen_return_value():
    yield 1
    return 'done'
def gen_yield_from(it):
    yield from it
def gen_yield_from_result(it):
    r = yield from it
    return r
def gen_try():
    try:
        yield 1
    finally:
        print('closed')
def gen_with(cm):
    with cm:
        yield 1
def gen_closure(a):
    def g():
        yield a
    return g
def gen_send_loop():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
def decorated_deco(f): return f
@decorated_deco
def decorated(): return 1
def decorators(d1, d2):
    @d1
    @d2
    def f():
        pass
    return f
def decorator_call(dec):
    @dec(1, 2)
    def f():
        pass
    return f
def decorator_attr(mod):
    @mod.deco
    def f():
        pass
    return f
def nested_def_defaults(a):
    def inner(x=a, *, y=a + 1):
        return x + y
    return inner
def nested_def_annotations():
    def inner(x: int) -> str:
        return str(x)
    return inner
def recursive(n):
    if n <= 1:
        return 1
    return n * recursive(n - 1)
def local_many():
    a = 1; b = 2; c = 3; d = 4; e = 5
    return a + b + c + d + e
def unused_local():
    x = 1
def arg_reassign(a):
    a = a + 1
    return a
def lambda_in_default(f=lambda: 0): return f()
def lambda_nested(): return lambda x: lambda y: x + y
def lambda_in_call(xs): return sorted(xs, key=lambda x: -x)
def cell_arg(a):
    def inner():
        return a
    a += 1
    return inner
def star_arg_cell(*args):
    return lambda: args
def kwarg_cell(**kw):
    return lambda: kw
def import_local():
    import os
    return os
def import_from_local():
    from os import path, sep
    return path, sep
def import_as_local():
    import os.path as p
    return p
def import_dotted():
    import os.path
    return os
def import_relative_level():
    from . import sibling
    return sibling
