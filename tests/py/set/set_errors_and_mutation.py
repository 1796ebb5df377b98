# Mutation during iteration and misc errors.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    set(5)
except TypeError as e:
    print("TypeError:", e)
try:
    set([1], [2])
except TypeError as e:
    print("TypeError:", e)
print({1, 2}.__contains__(1), {1}.__len__(), set.__name__, frozenset.__name__)
