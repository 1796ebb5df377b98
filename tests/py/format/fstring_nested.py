# Nested f-strings and nested format specs.
width, prec = 10, 3
v = 3.14159265
print(f"{v:{width}.{prec}f}|", f"{v:>{width}}|", f"{v:{'<' if True else '>'}{width}}|")
print(f"{f'{v:.2f}':>8}", f"{'inner ' + f'{1 + 1}'}")
items = ["a", "bb", "ccc"]
print(f"{', '.join(f'{s!r}' for s in items)}")
print(f"{'x':{'*'}^{7}}")
fmt = ".1%"
print(f"{0.256:{fmt}}")
for align in "<^>":
    print(f"[{'mid':{align}9}]")
nested = {"a": {"b": [10, 20]}}
print(f"{nested['a']['b'][1]:04d}")
print(f"{'{'}{'}'}")
