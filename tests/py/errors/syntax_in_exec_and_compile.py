# SyntaxError raised by compile()/exec()/eval() can be caught, with its attributes.
sources = ["x = = 1", "def f(:\n  pass", "return 5", "a, b += 1", "print 'hi'", "1 +", "x = [1, 2", "f(**a, *b)",
           "del 1", "for x in 1, 2 pass", "lambda x: (yield)", "nonlocal x", "class C: break", "'unterminated",
           "x = 1\n  y = 2", "if x:\npass", "f(a for a in b, c)", "True = 1", "def f(a, a): pass", "import",
           "x := 5", "(a, b) = 1 = 2" if False else "None = 1", "f() = 1", "a + 1 = 2", "[x for x in] ",
           "def f():\n\tif 1:\n        pass\n\telse:\n\t\tpass", "0777", "1__0", "'\\N{nope}'", "x = 1 if 2"]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}) text={e.text!r}")
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("eval:", e.msg, e.filename)
try:
    exec("def g():\n    return\n   x = 1")
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
print(str(SyntaxError("m", ("f.py", 1, 2, "t"))))
