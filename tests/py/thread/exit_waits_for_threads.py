# The main thread's code ends while non-daemon threads are still working: the
# interpreter waits for them, and their output is not lost.
import threading
import time

go = threading.Event()
relay = [threading.Event() for _ in range(4)]


def worker(k):
    go.wait()
    time.sleep(0.02)
    relay[k].wait()
    print("worker", k, "finished after main")
    if k + 1 < len(relay):
        relay[k + 1].set()


for k in range(4):
    threading.Thread(target=worker, args=(k,)).start()
print("main body ends")
go.set()
relay[0].set()
