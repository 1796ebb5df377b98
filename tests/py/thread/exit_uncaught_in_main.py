# An uncaught exception in the main thread: the traceback is printed, non-daemon
# threads still run to completion, and the exit status is 1.
import threading
import time

go = threading.Event()


def worker():
    go.wait()
    time.sleep(0.02)
    print("worker completed after main's traceback")


threading.Thread(target=worker).start()
go.set()
print("main raises")
raise RuntimeError("main failed")
