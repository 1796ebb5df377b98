# atexit handlers run after the main program, in reverse registration order.
import atexit
def bye(name, punct="!"):
    print(f"goodbye {name}{punct}")
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def decorated():
    print("decorated handler")
def unregistered():
    print("should not run")
atexit.register(unregistered)
atexit.unregister(unregistered)
print("main program done")
