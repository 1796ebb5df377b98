# 8 non-daemon threads print 40 lines each, taking turns through a Condition;
# the main thread returns right after starting them. Every line is in the
# output, in turn order, after main's last line.
import threading

N, LINES = 8, 40
cond = threading.Condition()
main_done = threading.Event()
turn = 0


def printer(k):
    global turn
    main_done.wait()
    for i in range(LINES):
        with cond:
            cond.wait_for(lambda: turn % N == k)
            print(f"t{k} line {i}")
            turn += 1
            cond.notify_all()


for k in reversed(range(N)):
    threading.Thread(target=printer, args=(k,)).start()
print("main returns")
main_done.set()
