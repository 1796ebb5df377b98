# A custom threading.excepthook receives (exc_type, exc_value, exc_traceback,
# thread); threading.__excepthook__ keeps the original.
import threading
import traceback

seen = []


def hook(args):
    # Only this file's frames: the threading module's own frames are the runtime's.
    tb_names = [f.name for f in traceback.extract_tb(args.exc_traceback) if f.filename == __file__]
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.thread is threading.current_thread(), tb_names))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def inner():
    raise LookupError("deep")


def outer():
    inner()


for i, target in enumerate([outer, lambda: 1 / 0, lambda: int("x")]):
    t = threading.Thread(target=target, name=f"t{i}")
    t.start()
    t.join()
for s in seen:
    print(s)

# Fields of the args structure.
fields = []
threading.excepthook = lambda a: fields.append(
    (type(a).__name__, len(a), a[0].__name__, isinstance(a[1], a[0])))
t = threading.Thread(target=lambda: [][1])
t.start()
t.join()
print(fields)

threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
print(threading.ExceptHookArgs.__name__)
