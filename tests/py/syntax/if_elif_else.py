# if/elif/else chains and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 3, 42):
    print(v, classify(v))
for v in range(5):
    print("even" if v % 2 == 0 else "odd", end=" ")
print()
x = 3
print("a" if x > 5 else "b" if x > 2 else "c")
if []: print("never")
else: print("empty list is falsy")
if 0.0 or None or "" or (): print("never")
else: print("all falsy")
if "x" and [0] and (0,): print("all truthy")
nested = 1
if nested:
    if nested > 0:
        if nested == 1:
            print("deep")
