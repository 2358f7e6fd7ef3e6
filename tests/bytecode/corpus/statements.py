def aug_all_ops(a, b):
    a += b
    a -= b
    a *= b
    a /= b
    a //= b
    a %= b
    a **= b
    a <<= b
    a >>= b
    a &= b
    a |= b
    a ^= b
    a @= b
    return a

def aug_attr_subscript(o, k):
    o.count += 1
    o.items[k] += 1
    o[k].attr -= 2

def del_targets(o, d, k):
    del o.attr
    del d[k]
    del d[1:2]
    del o.a, d[k]

def assign_targets(o, d, k, v):
    o.attr = v
    d[k] = v
    d[1:2] = v
    o.a, d[k] = v
    [x, y] = v
    return x, y

def try_finally_break_continue(xs):
    for x in xs:
        try:
            if x == 1:
                continue
            if x == 2:
                break
        finally:
            print('f')

def with_break_continue(cm, xs):
    for x in xs:
        with cm:
            if x:
                continue
            break

def except_in_loop_break(xs):
    for x in xs:
        try:
            x()
        except Exception as e:
            print(e)
            break

def nested_finally_return(f):
    try:
        try:
            return f()
        finally:
            f()
    finally:
        f()

def while_with_else_and_try(n):
    while n:
        try:
            n -= 1
        except Exception:
            break
    else:
        return -1
    return n

def if_elif_chain(x):
    if x < 0:
        r = 'neg'
    elif x == 0:
        r = 'zero'
    elif x < 10:
        r = 'small'
    else:
        r = 'big'
    return r

def boolean_conditions(a, b, c):
    if a and b or c:
        return 1
    if not a or not b:
        return 2
    if (a or b) and (b or c):
        return 3
    return 4

def comparisons_in_if(a, b, c):
    if a < b < c:
        return 1
    if a == b != c:
        return 2
    if a is None or b is not None:
        return 3

def assert_with_message(x):
    assert isinstance(x, int), f'bad {x!r}'
    return x

def raise_variants(e):
    if e == 1:
        raise
    if e == 2:
        raise ValueError
    if e == 3:
        raise ValueError('x') from None
    raise ValueError('y') from e

def import_in_function():
    import os.path
    from os import path as p, sep
    from . import sibling
    return os, p, sep, sibling

def pass_only():
    pass

def ellipsis_body():
    ...

def docstring_then_code(x):
    """Docstring."""
    return x

def global_nonlocal_mix():
    global GX
    y = 1
    def inner():
        nonlocal y
        global GX
        y = GX = 2
    inner()
    return y

def loop_else_only_continue(xs):
    for x in xs:
        continue
    else:
        return 'end'
