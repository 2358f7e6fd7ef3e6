import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.e, math.factorial(10), math.gcd(12, 18))
print(math.isclose(0.1 + 0.2, 0.3), math.log(math.e), math.log(8, 2), math.log10(1000), math.exp(1), math.fabs(-3))
print(math.sin(0), math.cos(math.pi), math.hypot(3, 4), math.inf, math.isnan(math.nan), math.trunc(-2.7), math.comb(5, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.isqrt(17), math.degrees(math.pi), math.copysign(3, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
