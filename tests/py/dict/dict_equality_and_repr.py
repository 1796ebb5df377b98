# Equality, repr and unusual values.
print({} == {}, {1: [1]} == {1: [1]}, {1: 2} != {1: 3}, {"a": None})
d = {"k": "v", 2: (3,), (4,): {5}, None: [None]}
print(d, str(d) == repr(d))
try:
    {1: 1} < {2: 2}
except TypeError as e:
    print("TypeError:", e)
print(dict.fromkeys([]), {x: None for x in ()}, len({None: None}))
print(list({1: "a"}.items())[0], tuple({1: "a"}), set({1: "a"}))
