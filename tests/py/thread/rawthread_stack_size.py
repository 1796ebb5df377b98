# _thread.stack_size / threading.stack_size: set returns the old size; a call
# without an argument is stack_size(0) (returns the size and resets it); invalid
# sizes; threads started with a custom size run normally.
import _thread
import threading

print(_thread.stack_size())
print(threading.stack_size is _thread.stack_size)
print(_thread.stack_size(1 << 20))
print(_thread.stack_size())
print(_thread.stack_size(256 * 1024))
print(_thread.stack_size())

for bad in [100, 4096, -1]:
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)
print(_thread.stack_size())
print(_thread.stack_size(512 * 1024))

out = []


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


def work():
    out.append(recurse(200))


t = threading.Thread(target=work)
t.start()
t.join()
print(out)

print(_thread.stack_size(0))
print(_thread.stack_size())
try:
    _thread.stack_size("big")
except TypeError:
    print("TypeError")
