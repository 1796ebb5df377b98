# traceback: format_exc, format_exception_only, extract_tb, print_exc to a file.
import traceback
import io
def inner():
    raise ValueError("bad thing")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    text = traceback.format_exc()
    print(text)
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e) if True else None)
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print("".join(traceback.format_exception(e)) == text)
    print(traceback.format_tb(e.__traceback__)[-1])
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno)
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 2, 3, "x = = 1\n"))))
