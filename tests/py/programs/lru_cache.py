# An LRU cache implemented with a dict and a doubly linked list, compared with OrderedDict.
from collections import OrderedDict
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)
    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out
class ODLRU:
    def __init__(self, capacity):
        self.capacity, self.d = capacity, OrderedDict()
    def get(self, key, default=None):
        if key not in self.d:
            return default
        self.d.move_to_end(key, last=False)
        return self.d[key]
    def put(self, key, value):
        if key in self.d:
            self.d.move_to_end(key, last=False)
        elif len(self.d) >= self.capacity:
            self.d.popitem(last=True)
        self.d[key] = value
        self.d.move_to_end(key, last=False)
    def keys(self):
        return list(self.d)
a, b = LRU(3), ODLRU(3)
ops = [("put", 1), ("put", 2), ("put", 3), ("get", 1), ("put", 4), ("get", 2), ("get", 3), ("put", 5), ("get", 1), ("put", 3), ("get", 4)]
for op, k in ops:
    if op == "put":
        a.put(k, k * 10); b.put(k, k * 10)
        print(f"put {k}: {a.keys()}")
    else:
        ra, rb = a.get(k), b.get(k)
        assert ra == rb
        print(f"get {k} -> {ra}: {a.keys()}")
    assert a.keys() == b.keys()
print("hits", a.hits, "misses", a.misses)
import random
random.seed(1)
big, ref = LRU(50), ODLRU(50)
for i in range(5000):
    k = random.randint(0, 120)
    if random.random() < 0.5:
        big.put(k, i); ref.put(k, i)
    else:
        assert big.get(k) == ref.get(k)
print(big.keys() == ref.keys(), len(big.keys()), big.hits, big.misses)
