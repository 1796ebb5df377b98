# repr(Thread) shows the class, name and state: initial, started, daemon, stopped.
import re
import threading


def mask(s):
    return re.sub(r"\d{3,}", "<id>", s)


class Custom(threading.Thread):
    pass


go = threading.Event()
t = threading.Thread(target=go.wait, name="w")
print(mask(repr(t)))
t.start()
print(mask(repr(t)))
go.set()
t.join()
print(mask(repr(t)))

d = threading.Thread(target=lambda: None, name="d", daemon=True)
print(mask(repr(d)))
go.clear()
d = threading.Thread(target=go.wait, name="d", daemon=True)
d.start()
print(mask(repr(d)))
go.set()
d.join()
print(mask(repr(d)))

c = Custom(name="c")
print(mask(repr(c)))
print(mask(repr(threading.main_thread())))
print(mask(str(t)) == mask(repr(t)))
