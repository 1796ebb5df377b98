# An uncaught exception in a thread: the default threading.excepthook prints
# "Exception in thread NAME:" and the traceback on stderr; the program goes on
# and exits with status 0. (Traceback frames of the threading module itself are
# filtered out by _stderrfilter, since their paths and lines are the runtime's.)
import threading

import _stderrfilter

_stderrfilter.install()


def fails(n):
    helper(n)


def helper(n):
    raise ValueError(f"bad {n}")


t = threading.Thread(target=fails, args=(1,), name="worker-1")
t.start()
t.join()
print("main continues, thread alive:", t.is_alive())

t = threading.Thread(target=fails, args=(2,))
t.start()
t.join()


class Custom(threading.Thread):
    def run(self):
        {}["missing"]


t = Custom(name="custom")
t.start()
t.join()
print("still running")
