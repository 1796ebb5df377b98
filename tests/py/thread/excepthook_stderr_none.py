# The default hook writes to sys.stderr as it is when the exception happens;
# when sys.stderr is None it falls back to the stderr the thread was created
# with; if that was None too, nothing is printed.
import io
import sys
import threading

import _stderrfilter

filtered = _stderrfilter.install()


def boom(tag):
    raise RuntimeError(tag)


buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=boom, args=("captured",), name="cap")
t.start()
t.join()
sys.stderr = filtered
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print("mentions boom:", any("in boom" in l for l in lines))

# Created with the real (filtered) stderr, run while sys.stderr is None.
t = threading.Thread(target=boom, args=("fallback",), name="fallback")
sys.stderr = None
t.start()
t.join()
sys.stderr = filtered

# Created and run while sys.stderr is None: silent.
sys.stderr = None
t = threading.Thread(target=boom, args=("silent",), name="silent")
t.start()
t.join()
sys.stderr = filtered
print("done")
