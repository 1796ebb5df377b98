# Context managers implemented as classes, with exception handling in __exit__.
class Timer:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"start {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  " * Timer.depth + f"stop {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        Timer.depth -= 1
        return False
with Timer("outer"):
    with Timer("inner") as t:
        print("    inside", t.name)
try:
    with Timer("failing"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et and issubclass(et, self.types):
            self.caught = ev
            return True
with Suppress(KeyError, IndexError) as s:
    [][1]
print("suppressed", type(s.caught).__name__, s.caught)
class EnterFails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("exit should not run"); return True
try:
    with EnterFails():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
