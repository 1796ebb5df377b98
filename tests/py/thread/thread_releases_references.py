# After a thread finishes, Thread drops its target, args and kwargs, so objects
# passed to it can be freed.
import gc
import threading
import weakref


class Payload:
    pass


def target(obj, *, extra):
    obj.seen = True
    extra.seen = True


p, q = Payload(), Payload()
rp, rq = weakref.ref(p), weakref.ref(q)
t = threading.Thread(target=target, args=(p,), kwargs={"extra": q})
t.start()
t.join()
print(p.seen, q.seen)
del p, q
gc.collect()
print("args freed:", rp() is None, "kwargs freed:", rq() is None)


class Callable:
    def __call__(self):
        pass


c = Callable()
rc = weakref.ref(c)
t = threading.Thread(target=c)
del c
print("alive while thread holds it:", rc() is not None)
t.start()
t.join()
gc.collect()
print("target freed:", rc() is None)

# Objects created and dropped inside a thread are freed.
made = []


def maker():
    x = Payload()
    made.append(weakref.ref(x))


t = threading.Thread(target=maker)
t.start()
t.join()
gc.collect()
print("local freed:", made[0]() is None)

# The Thread object itself can be collected after it ends.
t = threading.Thread(target=lambda: None)
rt = weakref.ref(t)
t.start()
t.join()
del t
gc.collect()
print("thread object freed:", rt() is None)
