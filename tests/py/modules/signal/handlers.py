# timeout: 30
# The signal module: constants and enums, signal/getsignal, raise_signal running a Python handler in the
# main thread, SIG_IGN, default_int_handler, strsignal, valid_signals, and the error messages.
import signal
import threading
import time

print(repr(signal.SIGINT), str(signal.SIGINT), signal.SIGINT == 2, repr(signal.Signals(6)))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD, repr(signal.SIGPOLL))
print(len(signal.Signals), [s.name for s in signal.Signals][:6])
print(repr(signal.Sigmasks.SIG_SETMASK), signal.Handlers.__name__, signal.Signals.__module__)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1))
print(signal.strsignal(signal.SIGINT), signal.strsignal(10), signal.strsignal(40))
vs = signal.valid_signals()
print(len(vs), signal.SIGINT in vs, 32 in vs, type(vs).__name__)
print(signal.signal.__module__, signal.default_int_handler)

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler:", repr(e))

# raise_signal with the default SIGINT handler
try:
    signal.raise_signal(signal.SIGINT)
    print("not raised")
except KeyboardInterrupt:
    print("raise_signal(SIGINT): KeyboardInterrupt")

# a Python handler runs before raise_signal returns, in the main thread, with the number and a frame
got = []


def handler(signum, frame):
    got.append((signum, type(signum).__name__, frame.f_code.co_name, threading.current_thread().name))


old = signal.signal(signal.SIGUSR1, handler)
print("old:", repr(old))


def raiser():
    signal.raise_signal(signal.SIGUSR1)
    return len(got)


print(raiser(), got)
print(signal.getsignal(signal.SIGUSR1) is handler)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)  # ignored
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

# SIGINT: a handler replaces KeyboardInterrupt; SIG_IGN ignores it
signal.signal(signal.SIGINT, handler)
got.clear()
signal.raise_signal(signal.SIGINT)
print(got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored")
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)))

# a handler that raises: the exception comes out of raise_signal
def angry(signum, frame):
    raise ValueError("from the handler %d" % signum)


signal.signal(signal.SIGUSR2, angry)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print("caught:", e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# raised from another thread: the handler runs in the main thread, at a later check
got.clear()
signal.signal(signal.SIGUSR1, handler)
t = threading.Thread(target=signal.raise_signal, args=(signal.SIGUSR1,), name="raiser")
t.start()
t.join()
for i in range(1000):
    pass
time.sleep(0.01)
print([g[3] for g in got])
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# only the main thread may set handlers
errors = []


def set_in_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=set_in_thread)
t.start()
t.join()
print(errors)

# errors
for args in [(2, 5), (0, signal.SIG_DFL), (65, signal.SIG_DFL), (9, signal.SIG_DFL), (19, signal.SIG_IGN), ("x", 0)]:
    try:
        signal.signal(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
for f, a in [(signal.getsignal, 99), (signal.raise_signal, 0), (signal.raise_signal, 32), (signal.strsignal, 65)]:
    try:
        f(a)
    except (ValueError, OSError) as e:
        print(f.__name__, type(e).__name__, e)
