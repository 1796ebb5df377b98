# Misuse of Thread raises RuntimeError with CPython's messages.
import threading


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


t = threading.Thread(target=lambda: None)
attempt("join before start", t.join)
attempt("start", t.start)
attempt("start again", t.start)
t.join()
attempt("start after join", t.start)
attempt("join current", threading.current_thread().join)
attempt("join main from main", threading.main_thread().join)

result = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        result.append(str(e))


t = threading.Thread(target=self_join)
t.start()
t.join()
print(result)

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()


def set_daemon():
    t.daemon = True


attempt("daemon on running thread", set_daemon)
ev.set()
t.join()
