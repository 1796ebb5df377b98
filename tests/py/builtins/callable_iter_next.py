# callable, iter/next with default.
print(callable(len), callable(lambda: 0), callable(int), callable(1), callable("s"), callable([].append), callable(type))
class WithCall:
    def __call__(self): pass
print(callable(WithCall()), callable(WithCall))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
it = iter("ab")
print(next(it), list(it))
import io
stream = io.StringIO("a\nb\nSTOP\nc\n")
print(list(iter(stream.readline, "STOP\n")))
vals = iter(range(10))
print(list(iter(lambda: next(vals), 5)))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
