# timeout: 30
# Threads starting threads: a binary tree of depth 5 (63 threads), each node
# joins its children and returns the size of its subtree.
import threading

lock = threading.Lock()
visited = []


def node(path, depth, out):
    with lock:
        visited.append(path)
    if depth == 0:
        out.append(1)
        return
    left, right = [], []
    kids = [threading.Thread(target=node, args=(path + "L", depth - 1, left)),
            threading.Thread(target=node, args=(path + "R", depth - 1, right))]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    out.append(1 + left[0] + right[0])


root = []
t = threading.Thread(target=node, args=("", 5, root))
t.start()
t.join()
print(root)
print(len(visited), len(set(visited)))
print(sorted(visited)[:5])
print(threading.active_count())

# A thread started by a thread that has already finished keeps running.
go = threading.Event()
grandchild = []
done = threading.Event()


def parent():
    def child():
        go.wait()
        grandchild.append("child ran after parent ended")
        done.set()

    grandchild.append(threading.Thread(target=child, name="orphan"))
    grandchild[0].start()


p = threading.Thread(target=parent)
p.start()
p.join()
print(p.is_alive(), grandchild[0].is_alive())
go.set()
grandchild[0].join()
print(grandchild[1:])
