# Iterating over a list, dict and set while other threads change them: no crash, and what an iterator
# yields is something that was in the container. (Which items, or a RuntimeError for a dict or set that
# changed size, depends on timing: the program reports only what holds either way.)
import threading

lst = list(range(1000))
dct = {i: i for i in range(1000)}
stop = threading.Event()


def mutate():
    i = 1000
    while not stop.is_set():
        lst.append(i)
        lst.pop(0)
        dct[i] = i
        del dct[i - 1000]
        i += 1


def read(out):
    ok = True
    for _ in range(50):
        for x in lst:
            ok = ok and isinstance(x, int)
        try:
            for k in dct:
                ok = ok and isinstance(k, int)
        except RuntimeError:
            pass
    out.append(ok)


m = threading.Thread(target=mutate)
m.start()
outs = []
rs = [threading.Thread(target=read, args=(outs,)) for _ in range(3)]
for r in rs:
    r.start()
for r in rs:
    r.join()
stop.set()
m.join()
print(outs, len(lst), len(dct))
