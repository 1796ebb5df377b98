# An exception escaping a _thread.start_new_thread function goes to
# sys.unraisablehook ("Exception ignored in thread started by: ..."); the
# program goes on. SystemExit ends the thread silently.
import _thread
import sys
import time


class Job:
    def __init__(self, name, exc):
        self.name = name
        self.exc = exc
        self.done = _thread.allocate_lock()
        self.done.acquire()

    def __repr__(self):
        return f"<Job {self.name}>"

    def __call__(self):
        try:
            if self.exc is not None:
                raise self.exc
            print("job", self.name, "ok")
        finally:
            self.done.release()


def run(job):
    _thread.start_new_thread(job, ())
    job.done.acquire()
    # The hook runs after the function returned; wait for the thread to finish.
    while _thread._count():
        time.sleep(0.001)


# Default hook: message on stderr, traceback of the thread's frames.
run(Job("a", ValueError("bad value")))
sys.stderr.flush()
print("main continues")

# SystemExit is silent.
run(Job("b", SystemExit(3)))
print("after SystemExit")

# A custom unraisablehook sees the details.
seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, repr(u.object)))


sys.unraisablehook = hook
run(Job("c", KeyError("k")))
run(Job("d", None))
print(seen)
sys.unraisablehook = sys.__unraisablehook__
print("end")
