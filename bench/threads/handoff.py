"""Hand-off latency: two threads pass a token back and forth through two locks.

Each hand-off wakes the other thread and moves the GIL to it. The time from "released" to "running in
the other thread" is measured 2000 times; p50 and p99 in microseconds.
"""
import sys
import threading
import time

ROUNDS = 2000
ping, pong = threading.Lock(), threading.Lock()
ping.acquire()
pong.acquire()
stamp = [0.0]
lat = []


def player(mine, theirs, record):
    for _ in range(ROUNDS):
        mine.acquire()
        if record:
            lat.append(time.perf_counter() - stamp[0])
        stamp[0] = time.perf_counter()
        theirs.release()


a = threading.Thread(target=player, args=(ping, pong, True))
b = threading.Thread(target=player, args=(pong, ping, False))
a.start()
b.start()
stamp[0] = time.perf_counter()
ping.release()
a.join()
b.join()
lat.sort()
print(f"handoffs={len(lat)}")
p50 = lat[len(lat) // 2] * 1e6
p99 = lat[int(len(lat) * 0.99)] * 1e6
print(f"METRIC handoff_p50_us={p50:.0f} handoff_p99_us={p99:.0f}", file=sys.stderr)
