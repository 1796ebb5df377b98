# At exit the interpreter waits for the non-daemon threads but not for the
# daemon ones; a non-daemon thread may even start new threads while main is
# already finished.
import threading
import time

stop = threading.Event()
main_done = threading.Event()


def daemon_loop():
    while not stop.is_set():
        time.sleep(0.001)
    print("daemon saw stop (never printed)")


def normal(k):
    if k == 2:
        main_done.wait()
    time.sleep(0.01)
    if k == 0:
        child = threading.Thread(target=lambda: print("child of a normal thread"))
        child.start()
        child.join()
    print("normal", k, "done")


threading.Thread(target=daemon_loop, daemon=True).start()
ts = [threading.Thread(target=normal, args=(k,)) for k in range(3)]
ts[0].start()
ts[0].join()
ts[1].start()
ts[1].join()
ts[2].start()
print("main ends")
main_done.set()
