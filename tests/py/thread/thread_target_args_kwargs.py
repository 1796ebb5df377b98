# Thread(target, args, kwargs): all the ways of passing arguments.
import threading

out = []
lock = threading.Lock()


def record(*args, **kwargs):
    with lock:
        out.append((args, tuple(sorted(kwargs.items()))))


calls = [
    dict(),
    dict(args=(1,)),
    dict(args=[1, 2]),                 # any sequence works for args
    dict(kwargs={"a": 1}),
    dict(args=(1, 2), kwargs={"b": 3, "a": 4}),
    dict(args="xy"),
    dict(args=(), kwargs=None),
]
threads = [threading.Thread(target=record, **kw) for kw in calls]
for t in threads:
    t.start()
for t in threads:
    t.join()
for item in sorted(out, key=repr):
    print(item)

# A bound method, a lambda, a builtin and a class as targets.
class Acc:
    def __init__(self):
        self.items = []

    def add(self, x, y=0):
        self.items.append(x + y)


acc = Acc()
made = []
ts = [
    threading.Thread(target=acc.add, args=(1,), kwargs={"y": 10}),
    threading.Thread(target=lambda: acc.items.append("lambda")),
    threading.Thread(target=acc.items.extend, args=([7, 8],)),
    threading.Thread(target=lambda: made.append(Acc())),
]
for t in ts:
    t.start()
    t.join()
print(acc.items, len(made))

# target=None: run() does nothing.
t = threading.Thread()
t.start()
t.join()
print("no target ok")

# Thread arguments are keyword-only after group.
try:
    threading.Thread(None, record, "n", (1,), {}, False, 99)
except TypeError:
    print("TypeError for extra positional")
t = threading.Thread(None, record, "named", (5,), {"k": 6})
t.start()
t.join()
print(t.name, out[-1])
try:
    threading.Thread(group=object())
except AssertionError as e:
    print("AssertionError:", e)
