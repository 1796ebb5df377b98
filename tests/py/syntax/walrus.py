# Assignment expressions (:=) in various contexts.
data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 4:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
while (chunk := data[total:total + 2]):
    print("chunk", chunk)
    total += 2
print((z := 5) + z)
def f(v):
    return (w := v + 1) * w
print(f(3))
vals = [m for k in range(4) if (m := k * k) % 2 == 0]
print(vals, m)
print(any((hit := v) > 10 for v in data), hit)
