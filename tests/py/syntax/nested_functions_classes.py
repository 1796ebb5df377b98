# Functions and classes nested inside each other.
def factory(n):
    class Box:
        size = n
        def get(self):
            def helper():
                return self.size * 2
            return helper()
    return Box
B3 = factory(3)
print(B3().get(), B3.__qualname__)
class Outer:
    class Inner:
        class Deepest:
            def where(self):
                return type(self).__qualname__
    def make(self):
        return self.Inner.Deepest()
print(Outer().make().where())
def counter():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter()
c = counter()
c.inc(); c.inc()
print(c.inc())
def gen_maker():
    def gen():
        yield from range(3)
    return gen
print(list(gen_maker()()))
