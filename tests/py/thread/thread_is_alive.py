# is_alive over a thread's life; join() returns None; joining twice is fine.
import threading

ready = threading.Event()
go = threading.Event()


def body():
    ready.set()
    go.wait()


t = threading.Thread(target=body)
print("before start", t.is_alive())
t.start()
ready.wait()
print("running", t.is_alive())
print("in enumerate", t in threading.enumerate())
go.set()
print("join returns", t.join())
print("after join", t.is_alive())
print("in enumerate", t in threading.enumerate())
print("join again", t.join(), t.join(0))

# A thread that ended on an exception is not alive either.
threading.excepthook = lambda args: None
t = threading.Thread(target=lambda: 1 / 0)
t.start()
t.join()
print("after exception", t.is_alive())

# The main thread is alive; a finished thread stays not alive.
print("main", threading.main_thread().is_alive())
try:
    t.isAlive()
except AttributeError:
    print("no isAlive")
