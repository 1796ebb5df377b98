# sys.exit in a thread ends only that thread; the program runs to its end and
# exits with status 0. exit status from threads is ignored.
import sys
import threading


def quit_thread():
    print("thread calling sys.exit(7)")
    sys.exit(7)


t = threading.Thread(target=quit_thread)
t.start()
t.join()
print("main still running")
t = threading.Thread(target=lambda: (_ for _ in ()).throw(SystemExit("message ignored")))
t.start()
t.join()
print("main ends")
