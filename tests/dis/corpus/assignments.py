# Assignment forms: augmented, unpacking, chained, del, annotated.
def assign_name():
    x = 1
    return x
def assign_chain():
    a = b = c = 0
    return a, b, c
def assign_tuple(t):
    a, b = t
    return a
def assign_swap(a, b):
    a, b = b, a
    return a, b
def assign_rotate3(a, b, c):
    a, b, c = c, a, b
    return a
def assign_list_target(t):
    [a, b] = t
    return b
def assign_nested_unpack(t):
    (a, b), c = t
    return a + b + c
def assign_star(t):
    a, *b = t
    return b
def assign_star_middle(t):
    a, *b, c = t
    return a, b, c
def assign_star_first(t):
    *a, b = t
    return a
def assign_attr(o, v):
    o.x = v
def assign_subscr(d, k, v):
    d[k] = v
def assign_subscr_const(d, v):
    d['key'] = v
def assign_multi_target(o, d):
    o.x = d[0] = 1
def assign_unpack_to_attrs(o, t):
    o.a, o.b = t
def assign_unpack_to_subscr(d, t):
    d[0], d[1] = t
def assign_from_call(f):
    a, b, c = f()
    return c
def aug_add_name(x): x += 1; return x
def aug_sub_name(x): x -= 1; return x
def aug_mul_name(x): x *= 2; return x
def aug_div_name(x): x /= 2; return x
def aug_floordiv_name(x): x //= 2; return x
def aug_mod_name(x): x %= 2; return x
def aug_pow_name(x): x **= 2; return x
def aug_lshift_name(x): x <<= 2; return x
def aug_rshift_name(x): x >>= 2; return x
def aug_and_name(x): x &= 2; return x
def aug_or_name(x): x |= 2; return x
def aug_xor_name(x): x ^= 2; return x
def aug_matmul_name(x): x @= 2; return x
def aug_add_attr(o): o.x += 1
def aug_sub_attr(o): o.x -= 1
def aug_mul_attr(o): o.x *= 2
def aug_or_attr(o): o.x |= 4
def aug_attr_chain(o): o.a.b += 1
def aug_add_subscr(d, k): d[k] += 1
def aug_sub_subscr(d): d[0] -= 1
def aug_mul_subscr(d, k): d[k] *= 3
def aug_subscr_slice(d): d[1:2] += [1]
def aug_subscr_nested(d, i, j): d[i][j] += 1
def aug_global():
    global G
    G += 1
def aug_nonlocal():
    n = 0
    def f():
        nonlocal n
        n += 1
    return f
def aug_cell():
    c = 0
    c += 1
    return lambda: c
def del_name():
    x = 1
    del x
def del_attr(o): del o.x
def del_subscr(d, k): del d[k]
def del_multiple(o, d):
    del o.a, d[0]
def del_tuple(d):
    del (d[0], d[1])
def del_slice(d): del d[::2]
def annotated_local():
    x: int = 1
    return x
def annotated_no_value():
    x: int
def annotated_attr(o):
    o.x: int = 1
def annotated_subscr(d):
    d['k']: int = 2
def unpack_in_for_star(xs):
    for a, *b in xs:
        pass
def unpack_large(t):
    a, b, c, d, e, f, g, h = t
    return h
def walrus_assign(xs):
    while (n := len(xs)) > 2:
        xs.pop()
    return n
def assign_from_ternary(a):
    x = 1 if a else 2
    return x
def many_locals():
    v0 = 0; v1 = 1; v2 = 2; v3 = 3; v4 = 4; v5 = 5; v6 = 6; v7 = 7; v8 = 8; v9 = 9
    return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9
def print_stmt(a, b):
    print(a, b, sep=', ', end='')
