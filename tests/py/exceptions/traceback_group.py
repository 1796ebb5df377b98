# An uncaught ExceptionGroup renders as a tree.
def a():
    raise ValueError("first problem")
def b():
    raise TypeError("second problem")
errors = []
for f in (a, b):
    try:
        f()
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("two failures", errors)
