# threading.settrace installs a trace function in threads started afterwards,
# not in the calling thread; gettrace returns it; settrace(None) stops it.
import sys
import threading

events = []
lock = threading.Lock()


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        with lock:
            events.append((threading.current_thread().name, event, frame.f_code.co_name))
    return tracer


def helper(x):
    return x * 2


def work():
    y = helper(3)
    return y


print(threading.gettrace())
threading.settrace(tracer)
print(threading.gettrace() is tracer)
print("main not traced:", sys.gettrace() is None)
t = threading.Thread(target=work, name="traced")
t.start()
t.join()
work()  # main is not traced
for e in events:
    print(e)

seen = []
t = threading.Thread(target=lambda: seen.append(sys.gettrace() is tracer), name="check")
t.start()
t.join()
print("sys.gettrace inside thread:", seen)

threading.settrace(None)
events.clear()
t = threading.Thread(target=work, name="untraced")
t.start()
t.join()
print("after settrace(None):", events)
