# When threading.excepthook itself raises, sys.excepthook reports that error
# ("Exception in threading.excepthook:") and the program still goes on.
import sys
import threading

import _stderrfilter

_stderrfilter.install()


def broken_hook(args):
    raise TypeError(f"hook broke on {args.exc_type.__name__}")


threading.excepthook = broken_hook


def work():
    raise ValueError("original")


t = threading.Thread(target=work, name="w")
t.start()
t.join()
print("after broken hook")

# sys.excepthook replaced: it is the one that gets the hook's failure.
seen = []
sys.excepthook = lambda tp, val, tb: seen.append((tp.__name__, str(val)))
t = threading.Thread(target=work)
t.start()
t.join()
print(seen)
