# Harder cases: multi-line expressions, deep nesting, jumps past EXTENDED_ARG, finally paths.
def multiline_call(f, a, b):
    return f(
        a,
        b,
        key=(a +
             b),
    )
def multiline_bool(a, b, c):
    if (a and
            b or
            c):
        return 1
def multiline_subscr(d, i):
    return d[
        i
    ][
        i + 1
    ]
def multiline_attr(o):
    return (o
            .a
            .b())
def multiline_binop(a, b, c):
    return (a
            + b
            * c)
def multiline_dict(a, b):
    return {
        'a': a,
        'b': b,
    }
def multiline_fstring(a):
    return (f'{a}'
            f'{a!r}')
def nested_loops_try(xs):
    for x in xs:
        for y in x:
            try:
                if y:
                    break
                else:
                    continue
            finally:
                print('f')
        else:
            return 1
    return 0
def return_in_nested_finally():
    try:
        try:
            return 1
        finally:
            print('inner')
    finally:
        print('outer')
def return_from_with_in_try(cm):
    try:
        with cm:
            return 1
    except Exception:
        return 2
def with_in_finally(cm):
    try:
        f()
    finally:
        with cm:
            g()
def try_except_in_loop_with_else(xs):
    for x in xs:
        try:
            f(x)
        except ValueError:
            continue
        except TypeError:
            break
        else:
            print('ok')
        finally:
            print('always')
def while_true_try():
    while True:
        try:
            return f()
        except Exception:
            pass
def exc_var_in_comprehension():
    try:
        f()
    except Exception as e:
        return [e for _ in range(2)]
def generator_try_finally_yield():
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        yield 2
def gen_in_loop_with():
    for cm in f():
        with cm as x:
            yield x
def yield_in_expressions():
    x = (yield) + (yield 1)
    return [(yield x)]
def yield_from_in_try():
    try:
        yield from f()
    except StopIteration as e:
        return e.value
def deep_if(a, b, c, d):
    if a:
        if b:
            if c:
                if d:
                    return 4
                return 3
            return 2
        return 1
    return 0
def long_body_jump(a):
    if a:
        x = a + 1; x = a + 2; x = a + 3; x = a + 4; x = a + 5; x = a + 6; x = a + 7; x = a + 8
        x = a + 9; x = a + 10; x = a + 11; x = a + 12; x = a + 13; x = a + 14; x = a + 15; x = a + 16
        x = a + 17; x = a + 18; x = a + 19; x = a + 20; x = a + 21; x = a + 22; x = a + 23; x = a + 24
        x = a + 25; x = a + 26; x = a + 27; x = a + 28; x = a + 29; x = a + 30; x = a + 31; x = a + 32
        x = a + 33; x = a + 34; x = a + 35; x = a + 36; x = a + 37; x = a + 38; x = a + 39; x = a + 40
        x = a + 41; x = a + 42; x = a + 43; x = a + 44; x = a + 45; x = a + 46; x = a + 47; x = a + 48
        return x
    return None
def long_loop(xs):
    for a in xs:
        a = a + 1; a = a + 2; a = a + 3; a = a + 4; a = a + 5; a = a + 6; a = a + 7; a = a + 8
        a = a + 9; a = a + 10; a = a + 11; a = a + 12; a = a + 13; a = a + 14; a = a + 15; a = a + 16
        a = a + 17; a = a + 18; a = a + 19; a = a + 20; a = a + 21; a = a + 22; a = a + 23; a = a + 24
        a = a + 25; a = a + 26; a = a + 27; a = a + 28; a = a + 29; a = a + 30; a = a + 31; a = a + 32
        a = a + 33; a = a + 34; a = a + 35; a = a + 36; a = a + 37; a = a + 38; a = a + 39; a = a + 40
        if a:
            continue
def many_names(o):
    return (o.a0, o.a1, o.a2, o.a3, o.a4, o.a5, o.a6, o.a7, o.a8, o.a9, o.b0, o.b1, o.b2, o.b3, o.b4, o.b5,
            o.b6, o.b7, o.b8, o.b9, o.c0, o.c1, o.c2, o.c3, o.c4, o.c5, o.c6, o.c7, o.c8, o.c9)
def conditional_import(flag):
    if flag:
        import json
    else:
        json = None
    return json
def lambda_with_conditional(): return lambda x: x if x else None
def and_in_return_loop(xs):
    return all(x and x > 0 for x in xs)
def not_in_conditions(a, b):
    if not a in b:
        return 1
    if not a is b:
        return 2
    if not (a < b):
        return 3
def unary_not_chain(a): return not not a
def compare_to_const_folded(a): return a == (1, 2)
def is_none_ternary(a): return 0 if a is None else a
def assert_in_loop(xs):
    for x in xs:
        assert x, x
def del_in_loop(d, ks):
    for k in ks:
        del d[k]
def global_in_loop():
    global G
    for G in range(3):
        pass
def nonlocal_in_loop():
    n = 0
    def f(xs):
        nonlocal n
        for n in xs:
            pass
    return f
def starred_call_and_keywords(f, a, b, k):
    return f(1, *a, 2, *b, x=1, **k, y=2)
def call_with_genexp(f, xs): return f(x for x in xs)
def method_on_literal(): return 'a,b'.split(',')
def method_on_number(): return (1).bit_length()
def super_in_nested_class():
    class A:
        def m(self):
            class B:
                def n(self):
                    return super().n()
            return super().m(), B
    return A
def class_with_many_features(base, meta):
    class C(base, metaclass=meta, flag=True):
        '''doc'''
        x: int = 1
        def __init__(self): super().__init__()
        @property
        def p(self): return self.x
    return C
def fstring_complex(a, b, w):
    return f'{a!r:>{w}} {b:{w}.{w}} {a}{b} {{literal}} {a + b=}'
def big_dict(a):
    return {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a,
            'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a}
def big_call_kwargs(f):
    return f(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)
def augassign_attr_subscr_chain(o, i):
    o.a[i].b += 1
    o.a[i][i] -= 1
def slice_augassign(a, i, j): a[i:j] *= 2
def constant_condition_loops():
    while 0:
        print('never')
    while '':
        print('never')
    for _ in ():
        print('never')
def unreachable_after_return():
    return 1
    print('dead')
def unreachable_after_raise():
    raise ValueError
    x = 1
def unreachable_after_break(xs):
    for x in xs:
        break
        print(x)
def empty_loop_bodies(xs):
    for _ in xs:
        pass
    while xs:
        pass
def try_pass():
    try:
        pass
    except Exception:
        pass
def try_finally_pass():
    try:
        pass
    finally:
        pass
def with_pass(cm):
    with cm:
        pass
def comprehension_in_class_scope():
    class C:
        xs = [1, 2]
        ys = [x for x in xs]
        zs = {x: y for x in xs for y in ys}
    return C
