def not_is(a, b):
    return not a is b, not a in b, not a not in b, not a is not b

def not_eq(a, b):
    return not a == b

def not_const():
    return not 0, not '', not (1,), not None

def complex_consts():
    return 1 + 2j, 3j * 2, 1.5 - 1j, -2j, (1 + 2j) * (3 - 1j)

def pow_cases():
    return 2 ** -2, 10 ** -1, 2 ** 0.5, (-2) ** 2, 0 ** 0

def bool_arith():
    return True + True, True & False, True | False, True ^ True, ~True, -False

def iter_list_display(a, b):
    for x in [a, b]:
        print(x)
    for y in [1, 2, 3]:
        print(y)
    for z in {1, 2}:
        print(z)

def in_list_nonconst(x, a, b):
    return x in [a, b], x not in {a, b}

def comp_iter_list(a, b):
    return [x for x in [a, b]], [y for y in (1, 2)]

def debug_const():
    if __debug__:
        return 1
    return 2

def subscript_folds():
    return 'hello'[0], 'hello'[-1], (1, (2, 3))[1], b'ab'[0]

def big_int_consts():
    return 2 ** 64, 1 << 100, 123456789 * 987654321, -(2 ** 63)

def shift_consts():
    return 1 << 3, 256 >> 4, 7 & 3, 5 | 2, 6 ^ 3

def str_repeat_limits():
    return 'ab' * 3, 'x' * 0, (1, 2) * 2, b'-' * 4

def div_consts():
    return 1 / 4, -7 // 2, -7 % 3, 7.5 // 2, -7.5 % 2

def nested_tuple_const():
    return ((1, 2), (3, (4, 5)), ())

def const_in_condition(x):
    if x and 0:
        return 1
    if 1 or x:
        return 2

def const_ternary():
    return 'a' if 1 else 'b'

def tuple_unpack_swap3(a, b, c):
    c, b, a = a, b, c
    return a

def tuple_unpack_const():
    a, b = 1, 2
    return a + b

def build_tuple_unpack4(a, b, c, d):
    a, b, c, d = d, c, b, a
    return a

def percent_format(a, b):
    return '%s and %r' % (a, b), '%-5s|%3.2s|%a' % (a, 'hello', b), '%d' % (a,), '100%% %s' % (b,)

def percent_format_unsupported(a, b):
    return '%s %s' % (a,), '%+s' % (a,), '%s' % (a, b), '%123s' % (a,), '%s' % a
