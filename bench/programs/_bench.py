"""Timing shared by the programs in bench/programs (a helper, not a benchmark: its name starts with '_').

run(name, fn) calls fn() several times, each timed in-process with time.perf_counter, so an interpreter's
start-up is not part of the figure. It prints fn's result (a checksum: every interpreter must print the same)
and then one machine-readable line:

    BENCH <name> <best seconds> <median seconds> <repetitions>

The repetitions default to `reps`; the environment variable BENCH_REPS overrides it (e.g. 1 for a smoke test).
"""
import os
import time


def run(name, fn, reps=15):
    reps = int(os.environ.get("BENCH_REPS", reps))
    times = []
    result = None
    for i in range(reps):
        t0 = time.perf_counter()
        r = fn()
        times.append(time.perf_counter() - t0)
        if i == 0:
            result = r
        elif r != result:
            raise AssertionError(f"{name}: repetition {i} returned {r!r}, the first returned {result!r}")
    times.sort()
    print(result)
    print(f"BENCH {name} {times[0]:.6f} {times[len(times) // 2]:.6f} {reps}")
