# sys.exit(3) in the main thread while a non-daemon thread still works: the
# interpreter waits for the thread, then exits with status 3.
import sys
import threading
import time

go = threading.Event()


def worker():
    go.wait()
    time.sleep(0.02)
    print("worker finished after sys.exit")


threading.Thread(target=worker).start()
print("main calls sys.exit(3)")
go.set()
sys.exit(3)
