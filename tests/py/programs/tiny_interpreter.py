# A tiny stack-based language: parser, compiler to bytecode, and a VM.
import operator
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()
def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        expr = []
        while tokens[0] != ")":
            expr.append(parse(tokens))
        tokens.pop(0)
        return expr
    try:
        return int(tok)
    except ValueError:
        return tok
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv, "<": operator.lt, "=": operator.eq}
def compile_expr(expr, code):
    if isinstance(expr, int):
        code.append(("PUSH", expr))
    elif isinstance(expr, str):
        code.append(("LOAD", expr))
    elif expr[0] == "if":
        _, cond, then, other = expr
        compile_expr(cond, code)
        jump_else = len(code); code.append(None)
        compile_expr(then, code)
        jump_end = len(code); code.append(None)
        code[jump_else] = ("JUMP_IF_FALSE", len(code))
        compile_expr(other, code)
        code[jump_end] = ("JUMP", len(code))
    elif expr[0] == "let":
        _, name, value, body = expr
        compile_expr(value, code)
        code.append(("STORE", name))
        compile_expr(body, code)
    elif expr[0] == "while":
        _, cond, body = expr
        start = len(code)
        compile_expr(cond, code)
        exit_jump = len(code); code.append(None)
        compile_expr(body, code)
        code.append(("POP", None))
        code.append(("JUMP", start))
        code[exit_jump] = ("JUMP_IF_FALSE", len(code))
        code.append(("PUSH", 0))
    elif expr[0] == "set":
        compile_expr(expr[2], code)
        code.append(("STORE", expr[1]))
        code.append(("LOAD", expr[1]))
    elif expr[0] == "do":
        for i, e in enumerate(expr[1:]):
            compile_expr(e, code)
            if i < len(expr) - 2:
                code.append(("POP", None))
    else:
        for arg in expr[1:]:
            compile_expr(arg, code)
        code.append(("OP", expr[0]))
    return code
def run(code, trace=False):
    stack, env, pc, steps = [], {}, 0, 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "PUSH": stack.append(arg)
        elif op == "LOAD": stack.append(env[arg])
        elif op == "STORE": env[arg] = stack.pop()
        elif op == "POP": stack.pop()
        elif op == "OP":
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[arg](a, b))
        elif op == "JUMP": pc = arg
        elif op == "JUMP_IF_FALSE":
            if not stack.pop():
                pc = arg
        if trace:
            print(f"  {op:<14}{arg!s:<6}{stack}")
    return stack.pop(), steps
programs = [
    "(+ 1 (* 2 3))",
    "(if (< 2 1) 10 20)",
    "(let x 5 (* x x))",
    "(let n 10 (let acc 1 (do (while (< 0 n) (do (set acc (* acc n)) (set n (- n 1)))) acc)))",
    "(let a 0 (let b 1 (let i 0 (do (while (< i 30) (do (let t b (do (set b (+ a b)) (set a t))) (set i (+ i 1)))) a))))",
]
for src in programs:
    code = compile_expr(parse(tokenize(src)), [])
    result, steps = run(code)
    print(f"{src}\n  => {result} ({len(code)} instructions, {steps} steps)")
print("trace of a small program:")
run(compile_expr(parse(tokenize("(if (= 2 2) (+ 1 1) 0)")), []), trace=True)
try:
    run(compile_expr(parse(tokenize("(+ y 1)")), []))
except KeyError as e:
    print("unbound variable", e)
