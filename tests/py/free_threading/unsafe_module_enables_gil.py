# regen: manual
# Importing a native module that has not declared itself safe without the GIL turns the GIL on for the rest
# of the run, with a RuntimeWarning (as CPython 3.13t does); threads keep working.
import sys
import threading
import warnings

print("before:", sys._is_gil_enabled())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import _testgilunsafe
print("after:", sys._is_gil_enabled())
print([w.category.__name__ for w in caught])
print(str(caught[0].message))

counter = [0]


def bump():
    for _ in range(1000):
        counter[0] += 1     # not atomic as a whole: only the GIL (now on) keeps it exact here


ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0] <= 4000, sys._is_gil_enabled())
_testgilunsafe.ping()
