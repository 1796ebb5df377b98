# SystemExit in a thread ends only that thread. The default hook ignores it
# silently (but only SystemExit itself, not a subclass); a custom hook is still
# called with it. The process exit status is unaffected.
import sys
import threading

import _stderrfilter

_stderrfilter.install()

results = []


def quits(code):
    results.append("before")
    sys.exit(code)
    results.append("after")  # not reached


# Default hook: nothing on stderr.
for code in (0, 3, "text", None):
    t = threading.Thread(target=quits, args=(code,))
    t.start()
    t.join()
    print(code, t.is_alive())
print(results)


class MyExit(SystemExit):
    pass


def raises_subclass():
    raise MyExit(9)


t = threading.Thread(target=raises_subclass)
t.start()
t.join()
print("subclass reported on stderr")

# A custom hook sees SystemExit like any other exception.
calls = []
threading.excepthook = lambda args: calls.append((args.exc_type.__name__, args.exc_value.code))
for target, arg in ((quits, 5), (raises_subclass, None)):
    t = threading.Thread(target=target, args=() if arg is None else (arg,))
    t.start()
    t.join()
print("hook calls:", calls)
print("main exits normally")
