# The daemon flag: default inherited from the creating thread, explicit
# argument, attribute, deprecated isDaemon/setDaemon.
import threading
import warnings

print("main daemon", threading.main_thread().daemon)
t = threading.Thread()
print("default", t.daemon)
print("explicit", threading.Thread(daemon=True).daemon, threading.Thread(daemon=False).daemon)
t.daemon = True
print("set", t.daemon)

seen = {}


def child_of_daemon():
    seen["child"] = threading.Thread().daemon
    seen["child_forced"] = threading.Thread(daemon=False).daemon


d = threading.Thread(target=child_of_daemon, daemon=True)
d.start()
d.join()
print(sorted(seen.items()))


def child_of_normal():
    seen["normal_child"] = threading.Thread().daemon


n = threading.Thread(target=child_of_normal)
n.start()
n.join()
print(seen["normal_child"])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    x = threading.Thread()
    print(x.isDaemon())
    x.setDaemon(True)
    print(x.daemon)
for item in w:
    print(item.category.__name__, item.message)

# The flag stays readable after the thread ends.
t = threading.Thread(daemon=True)
t.start()
t.join()
print("after end", t.daemon)
