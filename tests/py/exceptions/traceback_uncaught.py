# An uncaught exception prints a traceback to stderr and exits with status 1.
def level3(x):
    return x["missing"]
def level2(x):
    return level3(x) + 1
def level1():
    data = {"present": 1}
    return level2(data)
print("before the error")
level1()
print("never printed")
