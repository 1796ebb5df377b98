# _thread.interrupt_main raises KeyboardInterrupt in the main thread, whether it
# is called from another thread or from the main thread itself.
import _thread
import signal
import threading
import time

# 1. From another thread while main is sleeping in a loop.
started = threading.Event()


def interrupter():
    started.wait()
    _thread.interrupt_main()


t = threading.Thread(target=interrupter)
t.start()
loops = 0
try:
    started.set()
    while True:
        time.sleep(0.005)
        loops += 1
        if loops > 2000:
            print("never interrupted")
            break
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e.args))
t.join()

# 2. From another thread while main is busy computing (no sleeping).
t = threading.Thread(target=interrupter)
started.clear()
t.start()
total = 0
try:
    started.set()
    for i in range(10**9):
        total += 1
except KeyboardInterrupt:
    print("interrupted a CPU loop", total > 0)
t.join()

# 3. From the main thread itself: delivered at the next check.
try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
    time.sleep(0.01)
    print("not delivered")
except KeyboardInterrupt:
    print("self interrupt delivered")

# 4. An explicit signal number; with a Python handler installed, the handler runs.
got = []
old = signal.signal(signal.SIGINT, lambda signum, frame: got.append(signum))
_thread.interrupt_main(signal.SIGINT)
for i in range(1000):
    pass
time.sleep(0.01)
print(got == [signal.SIGINT])
signal.signal(signal.SIGINT, old)
print("done")
