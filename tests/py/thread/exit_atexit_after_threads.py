# atexit handlers run after the non-daemon threads have finished, in reverse
# registration order, and see the threads' results.
import atexit
import threading
import time

results = []


def report(label):
    print(label, sorted(results), threading.active_count())


atexit.register(report, "registered first, runs last:")
atexit.register(print, "unregistered, never runs")
atexit.unregister(print)
atexit.register(lambda: print("lambda handler"))
atexit.register(report, "registered last, runs first:")


def slow(i):
    time.sleep(0.03)
    results.append(i)


for i in range(5):
    threading.Thread(target=slow, args=(i,)).start()
print("main body ends")
