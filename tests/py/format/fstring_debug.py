# The = specifier in f-strings.
x, y = 3, "text"
print(f"{x=}", f"{y=}", f"{x + 1=}", f"{x=:03d}", f"{y=!s}", f"{y = }", f"{x*2 = :>5}")
items = [1, 2]
print(f"{items[0]=}", f"{len(items)=}", f"{items=!r:>10}")
pi = 3.14159
print(f"{pi=:.2f}", f"{ pi = }")
