# An RLock guarding a recursive structure: methods that call each other while
# holding it, from many threads; the totals are exact.
import threading


class Tree:
    def __init__(self):
        self.lock = threading.RLock()
        self.children = {}
        self.count = 0

    def add(self, path):
        with self.lock:
            self.count += 1
            if path:
                child = self.children.get(path[0])
                if child is None:
                    child = self.children[path[0]] = Tree()
                    child.lock = self.lock  # share the lock: re-entrant acquires
                child.add(path[1:])

    def total(self):
        with self.lock:
            return self.count + sum(c.total() for c in self.children.values())


tree = Tree()


def worker(i):
    for j in range(100):
        tree.add(f"{i % 3}{j % 4}{(i + j) % 5}")


ts = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(tree.count, tree.total(), sorted(tree.children))
print(sorted((k, c.count) for k, c in tree.children.items()))


def fact(n, lock):
    with lock:
        return 1 if n <= 1 else n * fact(n - 1, lock)


lock = threading.RLock()
out = []
ts = [threading.Thread(target=lambda n=n: out.append(fact(n, lock))) for n in range(1, 30)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out)[-1], len(out))
print(lock._is_owned(), lock.acquire(False))
lock.release()
