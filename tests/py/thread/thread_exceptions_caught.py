# Exceptions raised and handled inside threads: each thread has its own
# exception state (sys.exc_info), exception chaining and finally blocks work.
import sys
import threading

out = {}
lock = threading.Lock()
barrier = threading.Barrier(4)


def worker(i):
    try:
        try:
            raise ValueError(f"inner {i}")
        except ValueError:
            barrier.wait()  # all four threads are inside an except block at once
            info = sys.exc_info()
            try:
                raise KeyError(i)
            except KeyError as e:
                chained = type(e.__context__).__name__
        result = (info[0].__name__, str(info[1]), chained)
    finally:
        with lock:
            out.setdefault("finally", 0)
            out["finally"] += 1
    with lock:
        out[i] = result
        out[f"clear{i}"] = sys.exc_info() == (None, None, None)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(out, key=str):
    print(k, out[k])
print("main exc_info clear:", sys.exc_info() == (None, None, None))

# An exception being handled in main is not visible in a thread.
seen = []
try:
    raise RuntimeError("main's")
except RuntimeError:
    t = threading.Thread(target=lambda: seen.append(sys.exc_info()[0]))
    t.start()
    t.join()
    print("thread saw", seen, "main has", sys.exc_info()[0].__name__)

# Errors from threads carried back to main and re-raised there.
errors = []


def failing(n):
    try:
        return [1, 2, 3][n]
    except IndexError as e:
        errors.append(e)


ts = [threading.Thread(target=failing, args=(n,)) for n in (5, 1, 9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(errors), sorted(str(e) for e in errors))
try:
    raise errors[0]
except IndexError as e:
    print("re-raised in main:", e)
