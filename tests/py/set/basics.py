# set construction and membership (small ints only, so order is deterministic).
s = {3, 1, 2, 3}
print(s, len(s), 2 in s, 5 not in s, set(), set([1, 1, 2]), set(range(5)), set("aaa"))
s.add(4); s.add(1)
print(s)
s.discard(10); s.discard(1)
print(s)
s.remove(2)
try:
    s.remove(2)
except KeyError as e:
    print("KeyError:", e)
print(s, s.pop() in {3, 4}, len(s))
s.clear()
print(s, type(s).__name__)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == {2, 1}, {1} == frozenset([1]), {1: 2} != {1}, set() == frozenset())
print({(1, 2), (1, 2)}, {1, 1.0, True}, {0, False, 0.0})
