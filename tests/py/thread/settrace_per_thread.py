# sys.settrace and sys.setprofile are per thread: a thread's functions do not trace other threads, survive
# the thread waiting (sleep, lock, join: a gilt thread may change workers meanwhile), and end with it.
import sys
import threading
import time

lock = threading.Lock()
log = {}


def make_tracer(name):
    def tracer(frame, event, arg):
        if frame.f_code.co_filename == __file__ and frame.f_code.co_name.startswith("step"):
            with lock:
                log.setdefault(name, []).append((event, frame.f_code.co_name, frame.f_lineno))
        return tracer
    return tracer


def step_a():
    x = 1
    return x


def step_b():
    y = 2
    return y


def body(name, waits):
    sys.settrace(make_tracer(name))
    step_a()
    for w in waits:
        w()
    step_b()
    result = sys.gettrace() is not None
    sys.settrace(None)
    return result


ev = threading.Event()
ready = threading.Lock()
ready.acquire()
results = {}


def run(name, waits):
    results[name] = body(name, waits)


threads = [
    threading.Thread(target=run, args=("sleeper", [lambda: time.sleep(0.05)])),
    threading.Thread(target=run, args=("waiter", [lambda: ev.wait(), lambda: time.sleep(0.01)])),
    threading.Thread(target=run, args=("locker", [lambda: ready.acquire()])),
]
for t in threads:
    t.start()
step_a()  # the main thread is not traced
time.sleep(0.02)
ev.set()
ready.release()
for t in threads:
    t.join()
print("main trace:", sys.gettrace())
print(sorted(results.items()))
for name in sorted(log):
    print(name, log[name])

# the profile function of a thread sees only that thread's calls
calls = []


def prof(frame, event, arg):
    if event == "call" and frame.f_code.co_name.startswith("step"):
        calls.append((threading.current_thread().name, frame.f_code.co_name))


def profiled():
    sys.setprofile(prof)
    step_a()
    time.sleep(0.01)
    step_b()
    sys.setprofile(None)


t = threading.Thread(target=profiled, name="prof")
t.start()
step_b()
t.join()
step_a()
print(calls)
print("main profile:", sys.getprofile())
