# Subclassing Thread: overriding run, extra __init__ state, results stored on the
# object, calling the base run (which calls target), super().__init__ kwargs.
import threading


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = (self.name, self.n * self.n, threading.current_thread() is self)


workers = [Squarer(i) for i in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.result)


class Wrapping(threading.Thread):
    """run() wraps the base class run, which calls the target."""

    log = []

    def run(self):
        Wrapping.log.append("before")
        super().run()
        Wrapping.log.append("after")


t = Wrapping(target=Wrapping.log.append, args=("target",))
t.start()
t.join()
print(Wrapping.log)


class NoInit(threading.Thread):
    def run(self):
        self.out = "ran without __init__ override"


t = NoInit()
t.start()
t.join()
print(t.out)


class ForgotSuper(threading.Thread):
    def __init__(self):
        pass


try:
    ForgotSuper().start()
except RuntimeError as e:
    print("RuntimeError:", e)


# start() calls run() in the new thread; calling run() directly runs it here.
class WhereAmI(threading.Thread):
    def run(self):
        self.where = threading.current_thread().name


t = WhereAmI(name="w")
t.run()
print(t.where)
t.start()
t.join()
print(t.where)
