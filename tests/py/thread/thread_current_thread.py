# current_thread / main_thread from the main thread, from Thread objects and from
# threads started with _thread (which get a _DummyThread).
import _thread
import threading

main = threading.main_thread()
print(threading.current_thread() is main, type(main).__name__, main.name)
print(threading.currentThread is not None)

seen = {}


def probe(key):
    cur = threading.current_thread()
    seen[key] = (cur.name, cur is threading.main_thread(), type(cur).__name__)


t = threading.Thread(target=probe, args=("thread",), name="probe")
t.start()
t.join()

done = _thread.allocate_lock()
done.acquire()
dummy = []


def raw():
    cur = threading.current_thread()
    dummy.append((type(cur).__name__, cur.name.startswith("Dummy-"), cur.daemon, cur.is_alive(),
                  cur.ident == _thread.get_ident(), threading.current_thread() is cur,
                  cur in threading.enumerate()))
    probe("raw")
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
for k in sorted(seen):
    print(k, seen[k])
print(dummy)


class Sub(threading.Thread):
    def run(self):
        seen["sub"] = threading.current_thread() is self


s = Sub()
s.start()
s.join()
print(seen["sub"])
print(threading.main_thread() is main)
