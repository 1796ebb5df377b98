# operator module: functional forms of operators, itemgetter, attrgetter, methodcaller.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(4), op.pos(-4), op.abs(-2))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.concat([1], [2]), op.contains("abc", "b"))
print(op.getitem([1, 2, 3], 1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.index(5), op.matmul if True else None)
lst = [1, 2, 3]
op.setitem(lst, 0, 9); op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.iconcat("a", "b"), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g("abc"), g2("abc"), sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)), op.itemgetter("k")({"k": "v"}))
class P:
    def __init__(self, name, parent=None):
        self.name, self.parent = name, parent
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("child", P("parent"))
print(op.attrgetter("name")(p), op.attrgetter("parent.name")(p), op.attrgetter("name", "parent.name")(p))
print(op.methodcaller("greet", "Hi")(p), op.methodcaller("greet", "Yo", punct="?")(p), op.methodcaller("upper")("x"))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("f", 1, k=2)))
