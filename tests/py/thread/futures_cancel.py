# Cancelling: pending futures can be cancelled, running and finished ones not;
# result() of a cancelled future raises CancelledError; callbacks still run.
import concurrent.futures as cf
import threading

gate = threading.Event()
started = threading.Event()


def first():
    started.set()
    gate.wait()
    return "first"


ex = cf.ThreadPoolExecutor(max_workers=1)
running = ex.submit(first)
started.wait()
pending = [ex.submit(str, i) for i in range(4)]
print("cancel running:", running.cancel(), running.running())
print("cancel pending:", [p.cancel() for p in pending[:2]])
print("states:", [(p.cancelled(), p.done()) for p in pending])
calls = []
pending[0].add_done_callback(lambda f: calls.append(("late callback", f.cancelled())))
try:
    pending[0].result()
except cf.CancelledError:
    print("CancelledError from result()")
try:
    pending[1].exception()
except cf.CancelledError:
    print("CancelledError from exception()")
print(calls)
gate.set()
print(running.result(), [p.result() for p in pending[2:]])
print("cancel finished:", running.cancel(), pending[2].cancel())
print("cancel cancelled again:", pending[0].cancel())
ex.shutdown()
r = repr(pending[0])
print(r[r.index(" state"):])
print(issubclass(cf.CancelledError, Exception))
