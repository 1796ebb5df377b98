# ast: parse, dump, compile of trees (parsed, transformed, built), literal_eval, walk, visitors, match.
import ast
tree = ast.parse("y = 6 * 7")
print(ast.dump(tree))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse("def f(a, *, b=1):\n    '''doc'''\n    return [x async for x in a if x] or {1: 2}", mode="exec"), indent=2))
ns = {}
exec(compile(tree, "<ast>", "exec"), ns); print(ns["y"])
e = ast.parse("1 + 2 * 3", mode="eval"); print(eval(compile(e, "<e>", "eval")))
print(ast.literal_eval("[1, -2.5, (3, 'a'), {'k': None}, 1+2j, set()]"))
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node)
t = Double().visit(ast.parse("print(21)"))
exec(compile(ast.fix_missing_locations(t), "<t>", "exec"))
new = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], type_ignores=[])
exec(compile(ast.fix_missing_locations(new), "<n>", "exec"))
print([type(n).__name__ for n in ast.walk(ast.parse("a.b(c)"))], ast.get_docstring(ast.parse('"""hi"""')))
print(isinstance(tree.body[0], ast.stmt), ast.Assign._fields, ast.BinOp.__mro__, type(tree.body[0].value.op).__name__)
try:
    compile(ast.Module(body=[ast.Expr(ast.Name('x', ast.Load()))], type_ignores=[]), "<x>", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    ast.literal_eval("f(1)")
except ValueError as e:
    print("ValueError:", str(e).split(": <")[0])
print(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
match tree.body[0]:
    case ast.Assign(targets=[ast.Name(id=name)], value=ast.BinOp(left=ast.Constant(value=l))):
        print("matched", name, l)
