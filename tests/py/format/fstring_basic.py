# f-string basics: expressions, calls, attribute and item access.
name, n = "world", 42
print(f"hello {name}", f"{n + 1}", f"{n * 2 = }" if False else f"{n * 2}", f"{name.upper()}", f"{[1, 2][1]}")
d = {"key": "value"}
print(f"{d['key']}", f'{d["key"]}', f"{len(d)}", f"{'quoted'}")
print(f"{{escaped}}", f"{{{n}}}", f"{n}{n}", f"", f"plain")
print(f"{3.14159:.2f}", f"{n:05d}", f"{n:x}", f"{name:>10}|", f"{name:*<8}")
print(f"{1 if n > 40 else 0}", f"{(lambda x: x * 2)(5)}", f"{[i for i in range(3)]}")
x = 10
print(f"{x!r} {x!s} {x!a}", f"{'é'!a}", f"{name!r:>10}")
print(F"upper F {n}", rf"\n{n}", fR"{n}\t")
obj = type("O", (), {"attr": "A"})()
print(f"{obj.attr}", f"{obj.attr.lower()}")
print(f"multi {n} {name} {n:>4} {name[0]}")
