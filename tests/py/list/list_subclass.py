# Subclassing list.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4], type(s + [4]).__name__)
class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def append(self, v):
        print("append", v)
        super().append(v)
l = Logged([1, 2])
l[0] = 9
l.append(3)
l.extend([4])
print(l, l == [9, 2, 3, 4], sorted(l))
