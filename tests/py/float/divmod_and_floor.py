# float //, %, divmod: signs, infinities, zero divisors and CPython's messages.
cases = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, -3.0), (-0.0, 3.0), (5, 0.5),
         (1e308, 1e-308), (3.0, float('inf')), (-3.0, float('inf')), (float('inf'), 3.0), (1, -float('inf'))]
for a, b in cases:
    print(a, b, a // b, a % b, divmod(a, b), float(a).__divmod__(b), float(b).__rdivmod__(a))
for op in ('//', '%', '/', 'divmod'):
    try:
        if op == '//':
            1.5 // 0
        elif op == '%':
            1.5 % 0.0
        elif op == '/':
            1 / 0.0
        else:
            divmod(2.0, 0)
    except ZeroDivisionError as e:
        print(op, 'ZeroDivisionError:', e)
print((7.0).__floordiv__(2), (7.0).__rfloordiv__(2), (7.0).__mod__(-2), (7.0).__rmod__(-2), (7.0).__truediv__('x'))
print(-7 // 2.0, -7 % 2.0, 2 ** 0.5 // 0.1, 10 % 3.5, -10 % 3.5, 10 % -3.5)
