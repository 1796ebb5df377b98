# enumerate() and active_count() with a known number of blocked threads.
import threading

print(threading.active_count(), [t.name for t in threading.enumerate()])
go = threading.Event()
ready = threading.Semaphore(0)


def waiter():
    ready.release()
    go.wait()


ts = [threading.Thread(target=waiter, name=f"w{i}") for i in range(7)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(len(threading.enumerate()) == threading.active_count())
print(threading.main_thread() in threading.enumerate())

# Threads created but not started are not listed.
extra = threading.Thread(name="unstarted")
print(extra in threading.enumerate(), threading.active_count())

seen = []


def counter():
    seen.append(threading.active_count())


c = threading.Thread(target=counter)
c.start()
c.join()
print("seen from inside", seen)

go.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.activeCount is not None)
