print("a: start")
A_EARLY = "a early"
from . import b
print("a: imported b, b.B =", b.B)
A_LATE = "a late"
