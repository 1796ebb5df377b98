# decimal: arithmetic table, conversions, functions, format specs, contexts and flags.
# timeout: 30
from decimal import *
D = Decimal
vals = ['0', '-0', '1', '-1', '1.5', '2.50', '-3.75', '1E+5', '12345.678', '0.000123', '1e-10', '99999999999999999999999999999', '7', '3', '0.1', 'Infinity', '-Infinity', 'NaN']
for a in vals[:14]:
    for b in ['3', '-7', '0.25', '1.5E+3', '7', '0.001']:
        x, y = D(a), D(b)
        out = []
        for op in (lambda: x + y, lambda: x - y, lambda: x * y, lambda: x / y, lambda: x // y, lambda: x % y, lambda: x < y, lambda: x == y):
            try: out.append(op())
            except Exception as e: out.append(type(e).__name__ + str(e))
        print(a, b, *out)
for a in vals[:15]:
    x = D(a)
    print(a, repr(x), str(x), x.to_eng_string(), -x, +x, abs(x), x.adjusted(), x.as_tuple(), hash(x) == hash(float(x)) if x.is_finite() and float(x) == x else '')
    if x >= 0:
        print(' sqrt', x.sqrt(), x.exp() if x < 100 else '', x.ln() if x > 0 else '', x.log10() if x > 0 else '')
for s in ['f', '.3f', 'e', '.2e', 'g', '.3g', '%', '.1%', ',', '10.2f', '<10', '^12.3e', '+.2f', '012.2f', ',.3f']:
    print(s, [format(D(v), s) for v in ['1234.5678', '-0.000123', '0', '1E+7', '5']])
print(D(3) ** D('0.5'), D(2) ** -2, D('1.1') ** 3, D(10) ** 20, D('0.5') ** 2, D(2) ** D('1.5'))
print(D('1.23456789').quantize(D('0.001'), ROUND_UP), D('-1.23456789').quantize(D('0.001'), ROUND_FLOOR), D('2.5').to_integral_value(), D('3.5').to_integral_value(), D('1.25').quantize(D('.1'), ROUND_HALF_DOWN))
c = getcontext().copy(); c.prec = 5
print(c.divide(D(1), D(7)), c.add(D('1.00001'), D('0.000004')), c, Context())
print(D('-5') % D(3), D('5') % D('-3'), divmod(D(-7), D(3)), D(-7) // D(3), int(D('-7.9')), float(D('1.1')), round(D('2.5')), round(D('-2.5')), round(D('123.456'), -1))
print(D(0.1), D(-0.0), D(float('inf')), D((1, (1, 2, 3), -2)), Decimal.from_float(1.25), D(' 12_3.4 '), D('1.2E-3').normalize(), D('-0.00').normalize())
print(sorted([D('1.10'), D(1), 1.05, 2]), D(1) < 1.5, D('0.1') == 0.1, D(1) == 1.0, D('NaN') == D('NaN'), D(5) > 3)
print(D(100).exp(), D('-5').exp(), D('0.5').ln(), D('1234.5').log10(), D(2).ln())
with localcontext(prec=50) as ctx:
    print(D(2).sqrt(), D(1).exp(), D(10).ln(), ctx.prec)
