# math: domain and range errors, type errors, and the messages CPython gives.
import math

cases = [
    ('sqrt(-1)', lambda: math.sqrt(-1)),
    ('log(0)', lambda: math.log(0)),
    ('log(-1)', lambda: math.log(-1)),
    ('log(10, 1)', lambda: math.log(10, 1)),
    ('log10(0)', lambda: math.log10(0)),
    ('log2(-2)', lambda: math.log2(-2)),
    ('acos(2)', lambda: math.acos(2)),
    ('asin(-1.5)', lambda: math.asin(-1.5)),
    ('atanh(1)', lambda: math.atanh(1)),
    ('acosh(0)', lambda: math.acosh(0)),
    ('exp(1000)', lambda: math.exp(1000)),
    ('pow(0, -1)', lambda: math.pow(0, -1)),
    ('pow(-1, 0.5)', lambda: math.pow(-1, 0.5)),
    ('pow(10, 400)', lambda: math.pow(10.0, 400)),
    ('fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('remainder(1, 0)', lambda: math.remainder(1, 0)),
    ('gamma(0)', lambda: math.gamma(0)),
    ('gamma(-1)', lambda: math.gamma(-1)),
    ('lgamma(-2)', lambda: math.lgamma(-2)),
    ('factorial(-1)', lambda: math.factorial(-1)),
    ('factorial(2.5)', lambda: math.factorial(2.5)),
    ('factorial(5.0)', lambda: math.factorial(5.0)),
    ('isqrt(-1)', lambda: math.isqrt(-1)),
    ('isqrt(2.0)', lambda: math.isqrt(2.0)),
    ('comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('comb(5, -2)', lambda: math.comb(5, -2)),
    ('perm(3, -1)', lambda: math.perm(3, -1)),
    ('comb(5.0, 2)', lambda: math.comb(5.0, 2)),
    ('gcd(1.5, 2)', lambda: math.gcd(1.5, 2)),
    ('sqrt("x")', lambda: math.sqrt('x')),
    ('floor("x")', lambda: math.floor('x')),
    ('floor(nan)', lambda: math.floor(math.nan)),
    ('ceil(inf)', lambda: math.ceil(math.inf)),
    ('trunc(None)', lambda: math.trunc(None)),
    ('dist((1,), (1, 2))', lambda: math.dist((1,), (1, 2))),
    ('ldexp(1.0, 10000)', lambda: math.ldexp(1.0, 10000)),
    ('cos(inf)', lambda: math.cos(math.inf)),
    ('sqrt(10**400)', lambda: math.sqrt(10**400)),
    ('log(0.0)', lambda: math.log(0.0)),
    ('fsum([inf, -inf])', lambda: math.fsum([math.inf, -math.inf])),
    ('isclose(1, 1, rel_tol=-1)', lambda: math.isclose(1, 1, rel_tol=-1)),
    ('prod(1)', lambda: math.prod(1)),
    ('sin()', lambda: math.sin()),
    ('atan2(1)', lambda: math.atan2(1)),
    ('copysign(1, "a")', lambda: math.copysign(1, 'a')),
    ('exp(10**400)', lambda: math.exp(10**400)),
]
for label, f in cases:
    try:
        print(label, '=', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
print(math.log(10**400) > 920, math.log2(2**2000), math.floor(2.0**70))

class Floorable:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'

print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable()))

class Indexy:
    def __index__(self):
        return 6

print(math.factorial(Indexy()), math.gcd(Indexy(), 4), math.comb(Indexy(), 2), math.isqrt(Indexy()))
