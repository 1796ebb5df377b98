# Two threads alternate strictly through one Condition and a turn variable, each
# printing as it goes: the printed order is fixed by the protocol.
import threading

cond = threading.Condition()
turn = "ping"
ROUNDS = 8


def player(me, other):
    global turn
    for i in range(ROUNDS):
        with cond:
            cond.wait_for(lambda: turn == me)
            print(me, i)
            turn = other
            cond.notify()


a = threading.Thread(target=player, args=("ping", "pong"))
b = threading.Thread(target=player, args=("pong", "ping"))
b.start()
a.start()
a.join()
b.join()

# A three-thread round robin with a shared counter.
n = 0
N = 3


def rr(k):
    global n
    while True:
        with cond:
            cond.wait_for(lambda: n % N == k or n >= 12)
            if n >= 12:
                cond.notify_all()
                return
            print("rr", k, n)
            n += 1
            cond.notify_all()


ts = [threading.Thread(target=rr, args=(k,)) for k in reversed(range(N))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", n)
