# Daemon threads still running at exit are stopped: the program does not wait
# for them, prints nothing more from them, and exits with status 0.
import threading
import time

started = threading.Event()
ticks = [0]


def forever():
    started.set()
    while True:
        ticks[0] += 1
        time.sleep(0.001)


def cpu_forever():
    x = 0
    while True:
        x += 1


def blocked_forever():
    threading.Event().wait()


for target in (forever, cpu_forever, blocked_forever):
    threading.Thread(target=target, daemon=True).start()
started.wait()
print("daemons running:", threading.active_count() - 1)
print("main done")
