# Inside a critical section only one thread runs, even when the section yields
# (sleep(0), blocking calls, long loops).
import threading
import time

lock = threading.Lock()
inside = 0
max_inside = 0
entries = 0
stats_lock = threading.Lock()


def worker(i):
    global inside, max_inside, entries
    for r in range(30):
        with lock:
            inside += 1
            max_inside = max(max_inside, inside)
            if r % 3 == 0:
                time.sleep(0)
            elif r % 3 == 1:
                for _ in range(200):
                    pass
            entries += 1
            inside -= 1


ts = [threading.Thread(target=worker, args=(i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("max inside:", max_inside, "entries:", entries, "inside now:", inside)

# Interleaved log: each thread writes a begin/end pair under the lock; pairs
# never overlap.
log = []


def logger(i):
    for _ in range(20):
        with lock:
            log.append(("begin", i))
            time.sleep(0)
            log.append(("end", i))


ts = [threading.Thread(target=logger, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
ok = all(log[k][0] == "begin" and log[k + 1] == ("end", log[k][1]) for k in range(0, len(log), 2))
print(len(log), ok)
