import os

def method_on_imported_module():
    return os.getcwd()

def method_on_local_module():
    import sys
    return sys.getrecursionlimit()

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)

class Kw(Base, flag=True):
    pass

class StarBases(*[Base]):
    pass

def raise_in_loop(xs):
    for x in xs:
        if x:
            raise ValueError(x)

def return_in_while_true():
    while True:
        return 1

def yield_expression_values():
    x = yield
    y = (yield x) + 1
    yield from [x, y]

def lambda_generator():
    return lambda: (yield)

def conditional_import(flag):
    if flag:
        import json
    else:
        json = None
    return json

def exception_var_cleanup():
    try:
        pass
    except Exception as e:
        pass
    return 1

def nested_functions_defaults(a):
    def f(x=a, *, y=a + 1):
        def g(z=x):
            return z + y
        return g
    return f

def aug_subscript_slice(a, i, j):
    a[i:j] += [1]
    a[i][j] -= 1

def star_call_kw(f, a, kw):
    return f(1, *a, 2, x=3, **kw)

def global_and_local():
    global G
    G = [g for g in range(3)]
    return G

def empty_return():
    return

def return_none_explicit():
    return None

def only_docstring_and_pass():
    """Doc."""
    pass

def string_concat_implicit():
    return ('a'
            'b'
            'c')

def multiline_call_args(f, a, b):
    return f(
        a,
        b=b,
    )

def dict_comp_nested(m):
    return {k: {kk: vv for kk, vv in v.items()} for k, v in m.items()}

def set_comp_cond(xs):
    return {x for x in xs if x if not x < 0}

def gen_with_return_in_loop(xs):
    for x in xs:
        if x is None:
            return
        yield x
