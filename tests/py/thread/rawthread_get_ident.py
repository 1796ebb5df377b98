# get_ident / get_native_id: stable within a thread, distinct between threads
# that are alive at the same time, and agreeing across _thread / threading.
import _thread
import threading

main_ident = _thread.get_ident()
print(isinstance(main_ident, int), main_ident == threading.get_ident())
print(main_ident == threading.main_thread().ident)
print(main_ident == threading.current_thread().ident)
print(isinstance(_thread.get_native_id(), int))
print(_thread.get_native_id() == threading.get_native_id())
print(threading.main_thread().native_id == _thread.get_native_id())

N = 8
barrier = threading.Barrier(N)
info = {}
lock = threading.Lock()


def worker(i):
    a = _thread.get_ident()
    barrier.wait()  # everyone alive at once
    b = threading.get_ident()
    me = threading.current_thread()
    with lock:
        info[i] = (a, b, me.ident, _thread.get_native_id(), me.native_id)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(all(a == b == c for a, b, c, _, _ in info.values()))
print(all(n1 == n2 for _, _, _, n1, n2 in info.values()))
print(len({v[0] for v in info.values()}) == N)
print(len({v[3] for v in info.values()}) == N)
print(main_ident not in {v[0] for v in info.values()})
print(all(info[i][0] == threads[i].ident for i in range(N)))
print(all(info[i][3] == threads[i].native_id for i in range(N)))
print(_thread.get_ident() == main_ident)
