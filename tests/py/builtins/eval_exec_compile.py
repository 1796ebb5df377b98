# eval, exec and compile.
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("  'strip'  "), eval("(lambda: 5)()"))
ns = {}
exec("x = 5\ny = x ** 2", ns)
print(ns["x"], ns["y"])
exec("for i in range(3): print('exec loop', i)")
print(exec("1 + 1"), eval("None"))
c = compile("a + b", "<expr>", "eval")
print(type(c).__name__, c.co_filename, c.co_name, eval(c, {"a": 1, "b": 2}))
c2 = compile("print('single mode', 1 + 1)", "<s>", "single")
exec(c2)
c3 = compile("def f():\n    return 'compiled function'\n", "<mod>", "exec")
space = {}
exec(c3, space)
print(space["f"]())
try:
    compile("x = 1", "<e>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("1", "<e>", "bogus")
except ValueError as e:
    print("ValueError:", e)
print(eval(compile("42", "<n>", "eval")), eval("x", {"x": "global"}, {"x": "local"}))
def f():
    local_var = "visible"
    return eval("local_var")
print(f())
src = b"print('from bytes source')"
exec(src)
import ast
tree = ast.parse("y = 6 * 7")
ns2 = {}
exec(compile(tree, "<ast>", "exec"), ns2)
print(ns2["y"])
