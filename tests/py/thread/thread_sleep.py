# timeout: 30
# time.sleep in threads releases the GIL: sleeping threads overlap with each
# other and with a computing main thread. Margins are generous on purpose.
import threading
import time

N = 20
woke = []
lock = threading.Lock()


def sleeper(i):
    time.sleep(0.2)
    with lock:
        woke.append(i)


t0 = time.monotonic()
ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
# Main computes meanwhile.
acc = 0
for i in range(20000):
    acc += i
for t in ts:
    t.join()
elapsed = time.monotonic() - t0
print(sorted(woke) == list(range(N)), acc)
# Sequential sleeping would take 4 s.
print("overlapped:", elapsed < 3.0)
print("slept at least 0.2 s:", elapsed >= 0.19)

# sleep(0) only yields; many of them are quick and harmless.
count = [0]


def yielder():
    for _ in range(200):
        time.sleep(0)
        count[0] += 0  # just touch shared state


ts = [threading.Thread(target=yielder) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("sleep(0) ok")

for bad in (-1, "x"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
