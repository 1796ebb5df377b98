# A recursive-descent calculator with variables, functions and precise errors.
import math
class CalcError(Exception):
    pass
class Calc:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}
    def __init__(self):
        self.vars = {"pi": math.pi}
    def tokens(self, s):
        out, i = [], 0
        while i < len(s):
            ch = s[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit() or ch == ".":
                j = i
                while j < len(s) and (s[j].isdigit() or s[j] == "."):
                    j += 1
                out.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
                i = j
            elif ch.isalpha():
                j = i
                while j < len(s) and (s[j].isalnum() or s[j] == "_"):
                    j += 1
                out.append(("name", s[i:j]))
                i = j
            elif s.startswith("**", i):
                out.append(("op", "**")); i += 2
            elif ch in "+-*/%(),=":
                out.append(("op", ch)); i += 1
            else:
                raise CalcError(f"bad character {ch!r} at {i}")
        return out + [("end", None)]
    def evaluate(self, s):
        self.toks, self.i = self.tokens(s), 0
        if self.toks[0][0] == "name" and self.toks[1] == ("op", "="):
            name = self.toks[0][1]
            self.i = 2
            value = self.expr()
            self.expect_end()
            self.vars[name] = value
            return f"{name} = {value}"
        value = self.expr()
        self.expect_end()
        return value
    def peek(self):
        return self.toks[self.i]
    def take(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok
    def expect_end(self):
        if self.peek()[0] != "end":
            raise CalcError(f"unexpected {self.peek()[1]!r}")
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.unary()
            if op in "/%" and rhs == 0:
                raise CalcError("division by zero")
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                if self.take() != ("op", ")"):
                    raise CalcError("expected ')'")
                if val not in self.FUNCS:
                    raise CalcError(f"unknown function {val}")
                return self.FUNCS[val](*args)
            if val not in self.vars:
                raise CalcError(f"undefined variable {val}")
            return self.vars[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise CalcError("expected ')'")
            return v
        raise CalcError(f"unexpected {val!r}")
calc = Calc()
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x / 4", "x * y - 1",
             "sqrt(16) + max(1, 7, 3)", "round(pi * 100) / 100", "10 % 3 + 7 / 2", "1 / (x - 10)",
             "foo(1)", "z + 1", "3 +", "2 $ 3", "(1 + 2", "abs(-3.5)", "1.5e3" if False else "0.1 + 0.2"]:
    try:
        print(f"{line:<24} -> {calc.evaluate(line)}")
    except CalcError as e:
        print(f"{line:<24} -> error: {e}")
