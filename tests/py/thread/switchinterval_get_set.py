# sys.getswitchinterval / setswitchinterval: default, round trip, errors; the
# setting is process-wide (a thread sees what main set, and vice versa).
import sys
import threading

print(sys.getswitchinterval())
for v in (0.001, 0.0005, 1, 0.25, 2.5):
    sys.setswitchinterval(v)
    print(v, round(sys.getswitchinterval(), 6))
for bad in (0, -0.001, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("0.1", None):
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print("TypeError:", e)
print(round(sys.getswitchinterval(), 6))

seen = []


def in_thread():
    seen.append(round(sys.getswitchinterval(), 6))
    sys.setswitchinterval(0.002)


sys.setswitchinterval(0.01)
t = threading.Thread(target=in_thread)
t.start()
t.join()
print(seen, round(sys.getswitchinterval(), 6))
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
