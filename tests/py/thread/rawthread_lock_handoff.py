# A plain lock is not owned: a thread may release a lock another thread
# acquired. Used here as a binary signal in a strict ping-pong, so the printed
# order is fixed.
import _thread

ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
finished = _thread.allocate_lock()
ping.acquire()
pong.acquire()
finished.acquire()
log = []


def player():
    for i in range(5):
        ping.acquire()          # wait for main's serve
        log.append(f"pong {i}")
        print("thread", i)
        pong.release()          # released a lock main acquired
    finished.release()


_thread.start_new_thread(player, ())
for i in range(5):
    log.append(f"ping {i}")
    print("main", i)
    ping.release()
    pong.acquire()
finished.acquire()
print(log)

# A lock acquired in main, released by a thread while main blocks on it.
lk = _thread.allocate_lock()
lk.acquire()
_thread.start_new_thread(lk.release, ())
print(lk.acquire(timeout=10))
print(lk.locked())
