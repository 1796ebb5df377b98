# contextlib: contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext.
import contextlib
import io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("content", t)
try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e)
@contextlib.contextmanager
def handler():
    try:
        yield
    except KeyError as e:
        print("handled", repr(e))
with handler():
    raise KeyError("k")
print("continues")
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("redirected")
print("captured:", repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
    print("in stack body")
class Res:
    def close(self):
        print("closed by closing()")
with contextlib.closing(Res()):
    pass
with contextlib.nullcontext("value") as v:
    print(v)
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@tag("decorated")
def func():
    print("function body")
func()
class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter CM")
        return self
    def __exit__(self, *exc):
        print("exit CM")
        return False
@CM()
def decorated():
    print("inside decorated")
decorated()
stack = contextlib.ExitStack()
stack.callback(print, "pop_all moved callback")
moved = stack.pop_all()
stack.close()
moved.close()
