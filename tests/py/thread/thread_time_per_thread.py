# time.thread_time() is the CPU time of the calling thread only: sleeping costs none, a busy loop costs
# some, and a busy thread does not advance another thread's clock.
import threading
import time

results = {}


def spin(seconds):
    end = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < end:
        n += 1
    return n


def sleeper():
    a = time.thread_time()
    time.sleep(0.2)
    b = time.thread_time()
    results['sleeper starts near zero'] = a < 0.1
    results['sleeping uses no CPU'] = b - a < 0.05


def spinner():
    a = time.thread_time_ns()
    spin(0.3)
    b = time.thread_time_ns()
    results['spinning uses CPU'] = b - a > 1_000_000
    results['ns clock is an int'] = isinstance(b, int)


main_before = time.thread_time()
ts = [threading.Thread(target=sleeper), threading.Thread(target=spinner)]
for t in ts:
    t.start()
time.sleep(0.4)  # the spinner runs meanwhile, on its own clock
for t in ts:
    t.join()
results['main thread clock unmoved by others'] = time.thread_time() - main_before < 0.1
results['monotonic in main'] = time.thread_time() >= main_before

for k in sorted(results):
    print(k, results[k])
