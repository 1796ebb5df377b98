# timeout: 30
# Many threads at once: 200 threads, each computing a small result.
import threading

N = 200
results = [None] * N
go = threading.Event()


def work(i):
    go.wait()
    results[i] = sum(range(i + 1)) % 97


threads = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
print("alive before go:", sum(t.is_alive() for t in threads))
go.set()
for t in threads:
    t.join()
print("alive after join:", sum(t.is_alive() for t in threads))
print(results == [sum(range(i + 1)) % 97 for i in range(N)])
print(sum(results))
print(threading.active_count())

# Waves: start and join 50 threads at a time, 5 times.
total = []
lock = threading.Lock()


def add(k):
    with lock:
        total.append(k)


for wave in range(5):
    ts = [threading.Thread(target=add, args=(wave * 50 + i,)) for i in range(50)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(total), sorted(total) == list(range(250)))
