# _thread.start_new_thread: positional args, kwargs, return value is an int ident,
# completion signalled through locks the main thread waits on.
import _thread

results = []
done = []


def worker(n, tag, *, scale=1):
    results.append((tag, n * scale))
    done[n].release()


for i in range(5):
    lk = _thread.allocate_lock()
    lk.acquire()
    done.append(lk)

idents = []
for i in range(5):
    if i % 2:
        ident = _thread.start_new_thread(worker, (i, "odd"), {"scale": 10})
    else:
        ident = _thread.start_new_thread(worker, (i, "even"))
    idents.append(ident)

for lk in done:
    lk.acquire()

print(sorted(results))
print(all(isinstance(x, int) for x in idents))

# Argument checking.
for bad in [(worker, [1, "x"]), (worker, (1, "x"), [1]), (42, ())]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)

# A thread with no arguments at all.
flag = _thread.allocate_lock()
flag.acquire()
box = []


def noargs():
    box.append("ran")
    flag.release()


_thread.start_new_thread(noargs, ())
flag.acquire()
print(box)
