# os._exit from a thread ends the whole process at once with that status; the
# main thread's remaining work never runs. (Output is flushed first: os._exit
# does not flush stdio buffers.)
import os
import sys
import threading
import time


def killer():
    print("thread calls os._exit(4)")
    sys.stdout.flush()
    os._exit(4)


print("main starts the killer")
sys.stdout.flush()
t = threading.Thread(target=killer)
t.start()
t.join()
time.sleep(5)
print("never printed")
