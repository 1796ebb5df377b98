# Subclasses of threading.local: __init__ runs again (with the same arguments)
# the first time each thread touches the object; class attributes and methods
# are shared; per-thread state is not.
import threading

inits = []
lock = threading.Lock()


class Ctx(threading.local):
    kind = "shared class attribute"

    def __init__(self, base, *, step=1):
        with lock:
            inits.append(threading.current_thread().name)
        self.value = base
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


ctx = Ctx(100, step=5)
print(ctx.bump(), inits)
out = {}


def worker():
    name = threading.current_thread().name
    out[name] = [ctx.bump() for _ in range(3)] + [ctx.kind]


ts = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(out):
    print(k, out[k])
print(sorted(inits))
print("main value", ctx.value)

# A thread that never touches the object does not run __init__.
n = len(inits)
t = threading.Thread(target=lambda: None)
t.start()
t.join()
print(len(inits) == n)


class NoInitArgs(threading.local):
    pass


try:
    NoInitArgs(1)
except TypeError as e:
    print("TypeError:", e)


class WithSlots(threading.local):
    __slots__ = ("a", "__dict__")


w = WithSlots()
w.a = "slot in main"
got = []


def read_slot():
    got.append(getattr(w, "a", "unset"))
    w.a = "slot in thread"


t = threading.Thread(target=read_slot)
t.start()
t.join()
print(got, w.a)
