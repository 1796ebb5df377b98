# ident and native_id are None before start, ints once started, and kept after
# the thread ends.
import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait)
print(t.ident, t.native_id)
t.start()
print(isinstance(t.ident, int), isinstance(t.native_id, int))
a, b = t.ident, t.native_id
ev.set()
t.join()
print(t.ident == a, t.native_id == b)

seen = {}


def note(key):
    me = threading.current_thread()
    seen[key] = (threading.get_ident() == me.ident, threading.get_native_id() == me.native_id)


ts = [threading.Thread(target=note, args=(i,)) for i in range(4)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(sorted(seen.items()))
main = threading.main_thread()
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(t.ident != main.ident)
