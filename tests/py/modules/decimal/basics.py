# decimal: exact decimal arithmetic, context precision, rounding, quantize.
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero
print(D("0.1") + D("0.2"), D("0.1") + D("0.2") == D("0.3"), D(0.1), D("1.10") * 3, D("10") / D("3"), D(1) / D(7))
print(D("1.30") + D("1.20"), D("3.14159").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.5").quantize(D("1")))
print(D("-7") // D("2"), D("-7") % D("2"), divmod(D("7.5"), D("2")), D(2) ** 10, D(2).sqrt(), D("100").log10(), D(1).exp())
getcontext().prec = 6
print(D(1) / D(3), D("123456789") + 0, D("1.000001") * 1)
with localcontext() as ctx:
    ctx.prec = 40
    print(D(2).sqrt())
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(2) / D(3))
getcontext().prec = 28
print(D("1e3"), D("1E+3").normalize(), D("100").normalize(), D("0.000").normalize(), D("-0"), D("1.500").normalize(), D("Infinity"), D("NaN"))
print(repr(D("1.5")), str(D("1.50")), float(D("1.5")), int(D("-3.9")), round(D("2.5")), round(D("3.5")), round(D("1.2345"), 2))
print(D("1.5").as_tuple(), D("-0.025").as_tuple(), D(5).is_zero(), D("-1").is_signed(), D("1.5").adjusted(), D("nan").is_nan())
print(sorted([D("1.1"), D("0.9"), D("1.05")]), max(D("1"), D("1.0")), D("1") == D("1.00"), D(1) == 1, D("0.5") == 0.5, hash(D("0.5")) == hash(0.5))
for bad in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D(-1).sqrt()]:
    try:
        bad()
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__)
print(D("12.345").quantize(D("0.1"), rounding=ROUND_HALF_EVEN), D("12.355").quantize(D("0.01")), f"{D('1234.5678'):,.2f}", f"{D('0.5'):%}")
