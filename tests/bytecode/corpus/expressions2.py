def chained_assign(v):
    a = b = c = v
    return a, b, c

def attr_chain_aug(o):
    o.a.b.c += 1
    o.x[0] |= 2

def many_args(f):
    return f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)

def many_kwargs(f):
    return f(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)

def big_dict(x):
    return {'a': x, 'b': x, 'c': x, 'd': x, 'e': x, 'f': x, 'g': x, 'h': x, 'i': x, 'j': x, 'k': x, 'l': x, 'm': x, 'n': x, 'o': x, 'p': x, 'q': x, 'r': x}

def dict_unpack(a, b):
    return {**a, **b}, {'x': 1, **a}, {**a, 'y': 2}

def call_kw_unpack(f, a, b):
    return f(**a, **b), f(x=1, **a), f(*a, *b)

def set_build(a):
    return {a, 1}, {1, 2, 3}, {*a}

def list_of_consts():
    return [1, 2, 3, 4], ['a', 'b', 'c']

def tuple_with_vars(a):
    return (a, 1, 2), (1, a), ()

def neg_consts():
    return -1, -1.5, -0.0, +3, ~5, not 1

def string_consts():
    return 'abc' + 'def', 'x' * 3, b'ab' + b'cd', 'a' 'b'

def float_ops():
    return 1.5 * 2, 7 / 2, 7 // 2, 7 % 3, 2 ** -1, 10 ** 20

def no_fold_cases():
    return 1 / 0, 'a' * 5000, 2 ** 200

def compare_ops(a, b):
    return a == b, a != b, a < b, a <= b, a > b, a >= b, a is b, a is not b, a in b, a not in b

def bool_chain(a, b, c, d):
    return a or b or c or d

def and_chain(a, b, c):
    return a and b and c

def mixed_bool(a, b, c):
    return (a or b) and c

def not_and(a, b):
    if not (a and b):
        return 1

def ternary_in_call(f, a):
    return f(1 if a else 2)

def nested_fstring(a, b):
    return f"{a!r:{b}} {a:>{b}.{b}f}"

def fstring_many(a):
    return f'{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}'

def fstring_text_only():
    return f'plain'

def lambda_kwonly():
    return lambda *, a=1: a

def slice_steps(s):
    return s[::-1], s[1:-1:2], s[a:b], s[:, 1]

def starred_assign(xs):
    first, *rest = xs
    *init, last = xs
    a, *b, c = xs
    return first, rest, init, last, a, b, c

def nested_unpack(t):
    for (a, b), c in t:
        print(a, b, c)

def multiline_expr(a, b):
    return (a +
            b *
            a)

def multiline_attr(obj):
    return (obj
            .method()
            .other)

def del_multiple(a, b, c):
    del a, b
    del c

def global_aug():
    global COUNT
    COUNT += 1

def is_none_ternary(x):
    return 0 if x is None else x

def in_list_literal(x):
    if x in ['a', 'b']:
        return True
    return x not in {1, 2}

def subscript_const_str():
    return 'abc'[1], (1, 2, 3)[0]

def walrus_in_comp(xs):
    return [y for x in xs if (y := x * 2) > 3]

def print_star(a):
    print(*a, sep='', end='')

def call_method_kw(obj):
    return obj.method(1, 2, key=3)

def call_on_result(f):
    return f()()

def index_call(d):
    return d['x'](1)[2]
