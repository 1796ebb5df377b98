# Class vs instance namespaces, mutable class attributes, name mangling.
class Shared:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(Shared.items, a.count, b.count, Shared.count, "count" in vars(a))
class Mangle:
    def __init__(self):
        self.__private = "secret"
        self._protected = "prot"
    def reveal(self):
        return self.__private
m = Mangle()
print(m.reveal(), m._Mangle__private, m._protected, sorted(vars(m)))
try:
    m.__private
except AttributeError as e:
    print("AttributeError:", e)
class Child(Mangle):
    def peek(self):
        try:
            return self.__private
        except AttributeError as e:
            return f"AttributeError: {e}"
print(Child().peek())
class Ns:
    a = 1
    b = a + 1
    c = [a * i for i in range(3)] if False else None
    def method(self):
        return a_global
a_global = "global seen"
print(Ns.b, Ns().method())
