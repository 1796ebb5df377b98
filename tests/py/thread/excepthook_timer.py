# Exceptions in Timer callbacks and Thread subclasses go through the same hook;
# the thread names tell them apart.
import threading

import _stderrfilter

_stderrfilter.install()


def callback(x):
    return 10 // x


t = threading.Timer(0.001, callback, (0,))
t.name = "timer"
t.start()
t.join()

t = threading.Timer(0.001, callback, (2,))
t.start()
t.join()
print("timer ok")

names = []
threading.excepthook = lambda args: names.append((args.thread.name, args.exc_type.__name__))
timers = [threading.Timer(0.001, callback, (0,)) for _ in range(3)]
for i, tm in enumerate(timers):
    tm.name = f"tm{i}"
    tm.start()
for tm in timers:
    tm.join()
print(sorted(names))
