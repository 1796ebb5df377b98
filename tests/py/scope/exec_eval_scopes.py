# exec/eval with explicit globals and locals dictionaries.
g = {"a": 1}
exec("b = a + 1", g)
print(g["b"], "__builtins__" in g)
loc = {}
exec("c = 10\nd = c * 2", {}, loc)
print(sorted(loc.items()))
print(eval("a * 100", g), eval("x + y", {"x": 1}, {"y": 2}))
def f():
    exec("inner_var = 5")
    return "inner_var" in locals()
print(f())
ns = {}
exec("def sq(n):\n    return n * n\nres = sq(7)", ns)
print(ns["res"], ns["sq"](3))
try:
    eval("undefined_name", {})
except NameError as e:
    print("NameError:", e)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
code = compile("total = sum(range(n))", "<calc>", "exec")
space = {"n": 10}
exec(code, space)
print(space["total"])
