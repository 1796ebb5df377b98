# inspect.getgeneratorstate and gi_* attributes.
import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame is not None, gen.gi_running)
def running():
    yield inspect.getgeneratorstate(r)
r = running()
print(next(r))
list(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
gen2 = g()
gen2.close()
print(inspect.getgeneratorstate(gen2))
print(g.__name__, gen2.__name__, g().gi_code.co_name)
