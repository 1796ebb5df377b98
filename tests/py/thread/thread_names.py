# Thread names: defaults "Thread-N (target)" / "Thread-N", explicit names,
# the name attribute is writable, getName/setName are deprecated aliases.
import threading
import warnings


def job():
    pass


class Worker(threading.Thread):
    def run(self):
        pass


names = []
names.append(threading.Thread(target=job).name)
names.append(threading.Thread().name)
names.append(threading.Thread(target=job, name="explicit").name)
names.append(Worker().name)
names.append(threading.Thread(target=lambda: None).name)
names.append(threading.Thread(target=print).name)
names.append(threading.Thread(name=42).name)
for n in names:
    print(repr(n))

t = threading.Thread(target=job)
t.name = "renamed"
seen = []
t2 = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name="inner")
t2.start()
t2.join()
print(t.name, seen)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(t.getName())
    t.setName("via setName")
    print(t.name)
for item in w:
    print(item.category.__name__, item.message)

print(threading.main_thread().name)
print(threading.current_thread().name)

# Name changes while running are visible from inside.
ready = threading.Event()
go = threading.Event()
inside = []


def reader():
    ready.set()
    go.wait()
    inside.append(threading.current_thread().name)


t = threading.Thread(target=reader, name="before")
t.start()
ready.wait()
t.name = "after"
go.set()
t.join()
print(inside)
