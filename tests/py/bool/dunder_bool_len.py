# bool() consults __bool__ then __len__.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()))
if L(2):
    print("truthy by len")
print(not B(False))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Neither: pass
print(bool(Neither()))
print([x for x in [B(True), L(0), B(False), L(1)] if x].__len__())
