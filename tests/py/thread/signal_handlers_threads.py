# timeout: 30
# Python signal handlers with threads: _thread.interrupt_main from another thread runs the main thread's
# handler (in the main thread), a sleep interrupted by a handler that returns goes on (PEP 475), a handler
# that raises interrupts a join, and SIG_IGN / SIG_DFL make interrupt_main do nothing.
import _thread
import signal
import threading
import time

calls = []


def handler(signum, frame):
    calls.append((signal.Signals(signum).name, threading.current_thread().name))


def interrupt_later(delay, *args):
    def run():
        time.sleep(delay)
        _thread.interrupt_main(*args)
    t = threading.Thread(target=run, name="interrupter")
    t.start()
    return t


# 1. SIGINT with a handler: the sleep is interrupted, the handler runs in the main thread, the sleep goes on
old = signal.signal(signal.SIGINT, handler)
t = interrupt_later(0.05)
start = time.monotonic()
time.sleep(0.3)
elapsed = time.monotonic() - start
t.join()
print(calls, "slept fully:", elapsed >= 0.25)

# 2. another signal number, while the main thread computes
calls.clear()
signal.signal(signal.SIGUSR1, handler)
t = interrupt_later(0.02, signal.SIGUSR1)
deadline = time.monotonic() + 5
while not calls and time.monotonic() < deadline:
    sum(range(100))
t.join()
print(calls)

# 3. a handler that raises: the exception comes out of what the main thread was doing (a join)
def stop(signum, frame):
    raise RuntimeError("stopped by signal %d" % signum)


signal.signal(signal.SIGUSR2, stop)
release = threading.Event()


def slow():
    time.sleep(0.2)  # main is in join() by then
    _thread.interrupt_main(signal.SIGUSR2)
    release.wait(5)


t = threading.Thread(target=slow)
t.start()
try:
    t.join()
    print("join returned")
except RuntimeError as e:
    print("join interrupted:", e)
release.set()
t.join()

# 4. the same while the main thread waits on an Event: the locks of the wait stay balanced
ev = threading.Event()


def interrupt_then_set():
    time.sleep(0.1)
    _thread.interrupt_main(signal.SIGUSR2)
    time.sleep(0.1)
    ev.set()


t = threading.Thread(target=interrupt_then_set)
t.start()
try:
    ev.wait(5)
    print("wait returned")
except RuntimeError as e:
    print("wait interrupted:", e)
t.join()
print(ev.wait(1), ev.is_set())

# 5. SIG_IGN and SIG_DFL: interrupt_main does nothing
for h in (signal.SIG_IGN, signal.SIG_DFL):
    calls.clear()
    signal.signal(signal.SIGINT, h)
    try:
        _thread.interrupt_main()
        for i in range(1000):
            pass
        time.sleep(0.01)
        print(h.name, "nothing happened")
    except KeyboardInterrupt:
        print(h.name, "KeyboardInterrupt")

# 6. errors
for bad in (0, 65, -1):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print(bad, e)

signal.signal(signal.SIGINT, old)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
