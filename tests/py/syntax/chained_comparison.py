# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) <= v(2) >= v(0))
print(calls)
print(1 < 2 in [2], "a" < "b" < "c", [1] < [1, 0] < [2])
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
