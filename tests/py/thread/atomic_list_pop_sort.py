# list.pop, list.insert, list.remove, list.sort and slice assignment from many
# threads: each call is atomic, lengths and contents add up.
import threading

N = 16
work = list(range(16000))
got = [[] for _ in range(N)]


def popper(k):
    while True:
        try:
            got[k].append(work.pop())
        except IndexError:
            return


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
flat = sorted(x for lst in got for x in lst)
print(len(flat), flat == list(range(16000)), work)

lst = []


def mixed(k):
    for i in range(300):
        lst.insert(0, (k, i))
        lst.append((k, -i))
        lst[0:0] = [("slice", k)]
    for i in range(100):
        lst.remove(("slice", k))


ts = [threading.Thread(target=mixed, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lst), sum(1 for x in lst if x[0] == "slice"))

# sort() while other threads append: the final list holds every element.
nums = list(range(1000, 0, -1))


def sorter():
    for _ in range(20):
        nums.sort()


def adder(k):
    for i in range(500):
        nums.append(-k * 1000 - i)


ts = [threading.Thread(target=sorter)] + [threading.Thread(target=adder, args=(k,)) for k in range(1, 8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(nums), sorted(nums)[:2], sum(nums))
