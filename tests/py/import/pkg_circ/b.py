print("b: start")
from . import a
print("b: sees a.A_EARLY =", a.A_EARLY, "| has A_LATE:", hasattr(a, "A_LATE"))
B = "b value"
