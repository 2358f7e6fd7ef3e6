inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < -1e308)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), float("-0.0"), 0.0 == -0.0, math.copysign(1, -0.0))
print(1e308 + 1e308, 5e-324, 5e-324 / 2, 2.0 ** 1023 * 2 if False else 2.0 ** 1023, round(inf) if False else "skip")
