import math
print(math.floor(3.7), math.ceil(-3.7), math.trunc(3.7), math.sqrt(2), math.pow(2, 10), math.exp(2))
print(math.log(100, 10), math.log2(1024), math.log1p(0.5), math.gcd(48, 36), math.lcm(4, 6), math.factorial(0))
print(math.atan2(1, 1), math.radians(180), math.hypot(5, 12), math.dist((0, 0), (3, 4)), math.fmod(7, 3), math.modf(3.25))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.isclose(1.0, 1.0 + 1e-10), math.perm(5, 2), math.comb(10, 3))
