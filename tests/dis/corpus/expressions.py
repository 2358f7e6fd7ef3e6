# Expressions: operators, comparisons, boolean logic, conditionals, subscripts, slices.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def power(a, b): return a ** b
def matmul(a, b): return a @ b
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
def bitand(a, b): return a & b
def bitor(a, b): return a | b
def bitxor(a, b): return a ^ b
def neg(a): return -a
def pos(a): return +a
def invert(a): return ~a
def not_(a): return not a
def mixed_arith(a, b, c): return a * b + c / (a - b) % c
def precedence(a, b, c, d): return a + b * c ** d
def parenthesised(a, b, c): return (a + b) * c
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def gt(a, b): return a > b
def ge(a, b): return a >= b
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def in_(a, b): return a in b
def not_in(a, b): return a not in b
def chain2(a, b, c): return a < b < c
def chain3(a, b, c, d): return a < b <= c < d
def chain_mixed(a, b, c): return a == b != c
def chain_in(a, b, c): return a in b in c
def chain_is(a, b, c): return a is b is not c
def chain_in_if(a, b, c):
    if a < b < c:
        return 1
    return 2
def and_(a, b): return a and b
def or_(a, b): return a or b
def and_or(a, b, c): return a and b or c
def or_and(a, b, c): return a or b and c
def and3(a, b, c): return a and b and c
def or3(a, b, c): return a or b or c
def not_and(a, b): return not (a and b)
def not_or(a, b): return not a or not b
def bool_in_if(a, b, c):
    if a and (b or c):
        return 1
    return 0
def bool_in_while(a, b):
    while a or b:
        a = a - 1
    return a
def ternary(a, b, c): return b if a else c
def ternary_nested(a, b, c, d): return b if a else c if d else 0
def ternary_in_call(f, a): return f(1 if a else 2)
def ternary_cmp(a, b): return 'lt' if a < b else 'ge'
def subscr(a, i): return a[i]
def subscr_const(a): return a[0]
def subscr_neg(a): return a[-1]
def subscr_tuple(a, i, j): return a[i, j]
def subscr_nested(a, i, j): return a[i][j]
def slice_full(a): return a[:]
def slice_lo(a, i): return a[i:]
def slice_hi(a, j): return a[:j]
def slice_lo_hi(a, i, j): return a[i:j]
def slice_step(a, i, j, k): return a[i:j:k]
def slice_step_only(a): return a[::2]
def slice_rev(a): return a[::-1]
def slice_const(a): return a[1:3]
def slice_store(a, b): a[1:2] = b
def slice_del(a): del a[2:]
def ext_slice(a): return a[1:2, ::3]
def attr(o): return o.x
def attr_chain(o): return o.x.y.z
def walrus(a):
    if (n := len(a)) > 10:
        return n
    return 0
def walrus_in_comp(xs): return [y for x in xs if (y := x * 2) > 3]
def starred_tuple(a, b): return (*a, *b)
def starred_list(a, b): return [*a, 1, *b]
def starred_set(a): return {*a, 1}
def dict_merge(a, b): return {**a, **b}
def dict_merge_keys(a, k): return {'x': 1, **a, k: 2}
def tuple_build(a, b): return (a, b)
def list_build(a, b): return [a, b]
def set_build(a, b): return {a, b}
def dict_build(a, b): return {a: b}
def dict_const_keys(a, b): return {'a': a, 'b': b}
def empty_containers(): return [], {}, set(), ()
def fstring_simple(a): return f'{a}'
def fstring_text(a, b): return f'a={a} b={b}'
def fstring_conv(a): return f'{a!r} {a!s} {a!a}'
def fstring_spec(a): return f'{a:>10}'
def fstring_nested_spec(a, w): return f'{a:{w}}'
def fstring_conv_spec(a): return f'{a!r:^20}'
def fstring_debug(a): return f'{a=}'
def fstring_expr(a, b): return f'{a + b} and {a * b:.2f}'
def string_concat(a): return 'x' 'y' + a
def string_percent(a, b): return '%s-%s' % (a, b)
def await_free_unary_chain(a): return not -~a
def lambda_expr(): return lambda x: x + 1
def lambda_default(): return lambda x, y=2: x * y
def lambda_closure(a): return lambda b: a + b
def lambda_star(): return lambda *a, **k: (a, k)
def ellipsis_(): return ...
def none_cmp(a): return a is None
def none_cmp_if(a):
    if a is None:
        return 0
    if a is not None:
        return 1
