def fstrings(name, value):
    return f'{name}={value!r:>10} {value:.2f} {{}} {name!s}'

def fstring_nested(w, x):
    return f'{x:{w}}'

def fstring_single(x):
    return f'{x}'

def calls(f, a, b):
    f(a, b)
    f(a, key=b)
    f(*a)
    f(*a, **b)
    f(a, *b, k=1)
    f(**b)
    f(1, 2, x=3, y=4)

def method_calls(obj):
    obj.method()
    obj.method(1, k=2)
    obj.a.b.c(3)
    obj.m(*obj.args)

def chained_compare(a, b, c):
    return a < b < c

def chained_compare_if(a, b, c):
    if a < b <= c:
        return 1
    return 0

def bool_ops(a, b, c):
    return a and b or c

def bool_ops_if(a, b, c):
    if a and (b or c):
        return True
    return False

def not_in(x, xs):
    return x not in xs and x is not None

def ternary(a):
    return 'yes' if a else 'no'

def ternary_nested(a, b):
    return 1 if a else 2 if b else 3

def aug_assign(x, obj, d, i):
    x += 1
    obj.attr *= 2
    d[i] -= 3
    d[i:i+1] += [1]
    return x

def unpacking(t):
    a, b = t
    c, *d = t
    *e, f = t
    (g, h), i = t
    return a, b, c, d, e, f, g, h, i

def swap(a, b):
    a, b = b, a
    return a, b

def rotate3(a, b, c):
    a, b, c = c, a, b
    return a

def slices(xs):
    return xs[1:], xs[:-1], xs[::2], xs[1:2:3], xs[:]

def slice_assign(xs, ys):
    xs[1:3] = ys
    del xs[::2]

def subscripts(d, k):
    d[k] = d.get(k, 0) + 1
    del d[k]
    return d[k, 1]

def constants():
    a = 1 + 2 * 3
    b = (1, 2, (3, 4))
    c = 'abc' * 2
    d = -5
    e = 2 ** 10
    f = [1, 2, 3]
    g = {1, 2, 3}
    h = {'a': 1, 'b': 2}
    i = None, True, False, ...
    return a, b, c, d, e, f, g, h, i

def unary(x):
    return -x, +x, ~x, not x

def assert_stmt(x):
    assert x
    assert x > 0, 'positive'

def starred_build(a, b):
    return [*a, *b], (*a, 1), {*a}, {**a, 'k': 1, **b}

def walrus(xs):
    if (n := len(xs)) > 3:
        return n
    return 0

def is_none_checks(x):
    if x is None:
        return 1
    if x is not None:
        return 2

def dict_display(a, b):
    return {'x': a, 'y': b}, {a: 1, b: 2}, {}

def big_list(x):
    return [x, 1, 2, 3, 4]

def in_const(x):
    return x in (1, 2, 3), x in [4, 5], x in {6, 7}

def lambdas():
    f = lambda: 0
    g = lambda x, y: x + y
    return f, g

def long_function(a):
    b = a + 1
    c = b * 2
    d = c - 3
    e = d / 4
    f = e // 5
    g = f % 6
    h = g ** 2
    i = h << 1
    j = i >> 1
    k = j & 7
    l = k | 8
    m = l ^ 9
    n = m @ m if False else m
    return n

def return_none_implicit(x):
    x.y = 1

def empty_function():
    pass

def docstring_only():
    """Just a docstring."""

def global_ops():
    global G
    G = 1
    del G

def imports():
    import os
    import os.path as p
    from sys import argv, path as sp
    return os, p, argv, sp

def if_elif_else(x):
    if x == 1:
        return 'one'
    elif x == 2:
        return 'two'
    else:
        return 'many'

def if_no_else(x):
    y = 0
    if x:
        y = 1
    return y

def dead_code():
    return 1
    x = 2
    return x

def const_condition():
    if 0:
        print('never')
    while 1:
        return 5

def multiline_call(a,
                   b):
    return max(
        a,
        b,
    )
