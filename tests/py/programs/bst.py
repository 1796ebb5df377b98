# A binary search tree with insert, delete, traversals, and iteration via generators.
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
        else:
            node = self.root
            while True:
                if key == node.key:
                    return False
                side = "left" if key < node.key else "right"
                nxt = getattr(node, side)
                if nxt is None:
                    setattr(node, side, Node(key))
                    break
                node = nxt
        self.size += 1
        return True
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def delete(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.size -= 1
    def __iter__(self):
        def inorder(n):
            if n:
                yield from inorder(n.left)
                yield n.key
                yield from inorder(n.right)
        return inorder(self.root)
    def preorder(self):
        stack, out = [self.root] if self.root else [], []
        while stack:
            n = stack.pop()
            out.append(n.key)
            stack.extend(c for c in (n.right, n.left) if c)
        return out
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __len__(self):
        return self.size
t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), len(t), t.height())
print(t.preorder())
print(t.levels())
print(40 in t, 99 in t, t.insert(40), t.insert(99))
for k in (20, 30, 50):
    t.delete(k)
    print("after deleting", k, list(t), t.levels())
try:
    t.delete(1000)
except KeyError as e:
    print("KeyError:", e)
import random
random.seed(3)
keys = random.sample(range(1000), 200)
big = BST(keys)
print(list(big) == sorted(keys), big.height(), len(big))
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words))
