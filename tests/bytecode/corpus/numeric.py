def big_true_division():
    return 2 ** 64 / 3, 10 ** 30 / 7, -(2 ** 80) / 3

def float_int_pow():
    return 10 ** -5, 10.0 ** 22, 1.1 ** 10, 0.1 ** 3, 2 ** -1074

def float_overflow_fold():
    return 1e308 + 1e308, 1e308 * 10, -1e308 * 10

def pow_overflow_not_folded():
    return 10.0 ** 400, 2 ** 10000

def complex_int_pow():
    return (1 + 2j) ** 2, (1 + 1j) ** -2, 2j ** 3, (3 - 4j) ** 0

def complex_division():
    return 1 / 2j, (1 + 2j) / (3 - 4j), 2j / 1.5

def negative_base_fractional():
    return (-1) ** 0.5, (-8.0) ** (1 / 3)

def frozenset_dedup(x):
    return x in {1, 1.0, True, 2}, x in {(1,), (1.0,)}

def set_display_dedup():
    return {1, 2, 1.0, 3}

def int_float_mix():
    return 1 + 2.5, 3 * 0.5, 10 - 0.25, 2 ** 0.5, 9 // 2.0, -9 % 4.0

def large_int_float_mix():
    return 2 ** 70 * 1.5, 10 ** 22 / 7

def int_too_big_for_float():
    return 10 ** 400 * 1.0
