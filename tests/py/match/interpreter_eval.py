# Evaluating an expression tree with match.
def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name):
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("add" | "sub" | "mul" | "div" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "add": return a + b
                case "sub": return a - b
                case "mul": return a * b
                case "div": return a / b
        case ("let", name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise ValueError(f"bad node {node!r}")
prog = ("let", "x", ("num", 5), ("add", ("mul", ("var", "x"), ("num", 3)), ("neg", ("var", "y"))))
print(evaluate(prog, {"y": 2}))
print(evaluate(("div", ("num", 7), ("num", 2)), {}))
try:
    evaluate(("pow", 1, 2), {})
except ValueError as e:
    print("ValueError:", e)
