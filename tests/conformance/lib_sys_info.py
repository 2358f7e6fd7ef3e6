# sys: argv, maxsize, version_info fields, int_info, float_info, hash_info, limits, exc_info
# inside and outside except, byteorder, recursion limit, modules, intern.
import sys

print(sys.argv[0].endswith('lib_sys_info.py'), len(sys.argv), sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
vi = sys.version_info
print(vi[:3], vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial, vi >= (3, 11), vi < (3, 12), type(vi).__name__, len(vi))
print(sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x030B, sys.byteorder)
ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold, type(ii).__name__)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(sys.float_info.max * 2, fi[0] == fi.max, len(fi), sys.float_repr_style)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm in ('siphash13', 'siphash24'), hi.hash_bits, hi.seed_bits, hi.cutoff)
print(sys.getrecursionlimit(), sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('9' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)), sys.flags.int_max_str_digits)
for bad in (5, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(type(e).__name__, e)
print(sys.exc_info())
try:
    raise KeyError('inner')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno, sys.exception() is v)
    try:
        raise ValueError('nested')
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())

def in_generator():
    try:
        yield 1
    finally:
        pass

print('sys' in sys.modules, sys.modules['sys'] is sys, type(sys.modules).__name__, '__main__' in sys.modules)
a = sys.intern('hello world!')
b = sys.intern('hello world!')
print(a is b, sys.intern('x') == 'x')
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdout.write('written\n'), sys.stdout.name if hasattr(sys.stdout, 'name') else '<stdout>', sys.stdin is sys.__stdin__)
print(isinstance(sys.path, list), isinstance(sys.platform, str), sys.flags.optimize, sys.dont_write_bytecode in (True, False))
print(callable(sys.exit), sys.getdefaultencoding(), sys.getfilesystemencoding(), sys._getframe().f_code.co_name)
def caller():
    return sys._getframe(1).f_code.co_name
print(caller(), sys._getframe(0).f_lineno)
try:
    sys.exit('bye message')
except SystemExit as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
