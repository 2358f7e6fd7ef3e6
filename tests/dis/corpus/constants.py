# Constant folding and constant tuples/frozensets.
def fold_add(): return 1 + 2
def fold_mul(): return 3 * 4 * 5
def fold_str(): return 'ab' * 3
def fold_long_str(): return 'a' * 5000
def fold_pow(): return 2 ** 10
def fold_big_pow(): return 2 ** 100
def fold_neg(): return -5
def fold_neg_float(): return -2.5
def fold_invert(): return ~7
def fold_not(): return not 1
def fold_div(): return 7 / 2
def fold_floordiv(): return 7 // 2
def fold_mod(): return 7 % 3
def fold_shift(): return 1 << 40
def fold_bits(): return (0xF0 | 0x0F) & 0x3C ^ 1
def fold_tuple(): return (1, 2, 3)
def fold_nested_tuple(): return ((1, 2), (3, (4, 5)))
def fold_tuple_ops(): return (1, 2) + (3,)
def fold_subscr(): return (1, 2, 3)[1]
def fold_str_subscr(): return 'hello'[1]
def no_fold_div_zero(): return 1 / 0
def no_fold_big_shift(): return 1 << 1000
def float_const(): return 1.5
def complex_const(): return 2j
def complex_expr(): return 1 + 2j
def bytes_const(): return b'abc'
def bytes_concat(): return b'a' + b'b'
def big_int(): return 12345678901234567890
def neg_zero(): return -0.0
def zero_and_false(): return (0, 0.0, False, -0.0)
def const_list(a): return a in [1, 2, 3]
def const_set(a): return a in {1, 2, 3}
def const_list_for():
    for x in [1, 2, 3]:
        print(x)
def const_set_for():
    for x in {1, 2}:
        print(x)
def list_of_consts(): return [1, 2, 3, 4]
def set_of_consts(): return {1, 2, 3}
def dict_of_consts(): return {1: 'a', 2: 'b'}
def tuple_with_names(a): return (1, a, 3)
def none_true_false(): return None, True, False
def debug_const():
    if __debug__:
        return 1
    return 0
def if_true():
    if True:
        return 1
    return 2
def if_false():
    if False:
        return 1
    return 2
def if_zero():
    if 0:
        print('never')
    return 3
def while_true():
    while True:
        if f():
            break
    return 1
def while_one():
    while 1:
        return 1
def docstring_only():
    """A docstring."""
def docstring_and_code():
    """Docs."""
    return 1
def str_not_docstring():
    x = 1
    'not a docstring'
    return x
def unary_on_const_tuple(): return -(1)
def large_tuple(): return (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
def large_list(): return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]
def large_list_names(a): return [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
def many_consts():
    return (1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 10.1, 11.1, 12.1, 13.1, 14.1, 15.1, 16.1, 17.1, 18.1, 19.1, 20.1,
            21.1, 22.1, 23.1, 24.1, 25.1, 26.1, 27.1, 28.1, 29.1, 30.1)
def ellipsis_in_tuple(): return (..., None)
def unicode_const(): return 'héllo wörld ✓'
def escaped_const(): return 'tab\tnewline\n\x00'
def raw_const(): return r'\d+'
def nested_frozenset(a): return a in {(1, 2), (3, 4)}
def fold_compare(): return 1 < 2
def fold_in_tuple(): return 2 in (1, 2, 3)
