# Everything a daemon thread printed before main ended is in the output, in
# order, even though the daemon is still alive at exit.
import sys
import threading

printed = threading.Event()


def chatty():
    for i in range(50):
        print("daemon line", i)
    sys.stdout.write("partial line without newline... ")
    print("completed")
    printed.set()
    threading.Event().wait()  # never returns


threading.Thread(target=chatty, daemon=True).start()
printed.wait()
print("main exits")
