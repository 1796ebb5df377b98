# __slots__ on subclasses of variable-size builtins
for base in (int, tuple, bytes):
    try:
        class S(base):
            __slots__ = ('a',)
    except TypeError as e:
        print("TypeError:", e)
class A(int):
    pass
try:
    class B(A):
        __slots__ = ('x',)
except TypeError as e:
    print("TypeError:", e)
class E(int):
    __slots__ = ()
print(E(5) + 1, hasattr(E(5), '__dict__'))
class S(str):
    __slots__ = ('a',)
s = S('text')
s.a = 1
print(s, s.a, len(s), s.upper())
