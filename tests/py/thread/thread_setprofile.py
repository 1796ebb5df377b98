# threading.setprofile installs a profile function in new threads: call/return
# events for Python functions and c_call/c_return for builtins.
import sys
import threading

events = []


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name))
    elif event in ("c_call", "c_return") and getattr(arg, "__name__", "") in ("sorted", "len"):
        events.append((event, arg.__name__))


def inner(values):
    return sorted(values)


def work():
    data = inner([3, 1, 2])
    return len(data)


print(threading.getprofile())
threading.setprofile(profiler)
print(threading.getprofile() is profiler, sys.getprofile() is None)
t = threading.Thread(target=work)
t.start()
t.join()
for e in events:
    print(e)

threading.setprofile(None)
events.clear()
t = threading.Thread(target=work)
t.start()
t.join()
print(events)
