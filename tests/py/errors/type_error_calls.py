# TypeErrors from calling functions and methods with bad arguments (exact messages).
def f(a, b, *, c): pass
class K:
    def m(self, x): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(a): pass
cases = {
    "f()": lambda: f(),
    "f(1, 2, 3)": lambda: f(1, 2, 3),
    "f(1, 2)": lambda: f(1, 2),
    "f(1, 2, c=3, d=4)": lambda: f(1, 2, c=3, d=4),
    "K().m()": lambda: K().m(),
    "K().m(1, 2)": lambda: K().m(1, 2),
    "K.cm(1)": lambda: K.cm(1),
    "K.sm()": lambda: K.sm(),
    "K(1)": lambda: K(1),
    "int(1, 2, 3)": lambda: int(1, 2, 3),
    "[].append()": lambda: [].append(),
    "{}.update(1)": lambda: {}.update(1),
    "'x'.replace('a')": lambda: "x".replace("a"),
    "sorted([], 1)": lambda: sorted([], 1),
    "print(end=1)": lambda: print(end=1),
    "dict(a=1).pop()": lambda: dict(a=1).pop(),
    "isinstance(1)": lambda: isinstance(1),
    "range()": lambda: range(),
    "zip(1)": lambda: zip(1),
    "map(len)": lambda: map(len),
}
for label, fn in cases.items():
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(f"{label:22} {e}")
