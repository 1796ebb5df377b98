# Infinities and NaN comparisons and arithmetic.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf > 10 ** 400, -inf < -10 ** 400, max(1, inf), min(-inf, 0))
print(sorted([3.0, -inf, inf, 0.0]))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(hash(inf), hash(-inf), hash(nan) == hash(nan) or "ids differ")
print(repr(inf), str(-inf), f"{inf}", f"{nan:>5}", f"{inf:.2f}", f"{-inf:e}")
print(inf % 2 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.fmod(-5, inf))
