# global declarations create and rebind module variables.
def create():
    global fresh
    fresh = "created in function"
create()
print(fresh)
counter = 0
def inc(n=1):
    global counter
    for _ in range(n):
        counter += 1
inc(); inc(3)
print(counter)
def read_then_global():
    global late
    late = 1
    return late
print(read_then_global(), late)
print("fresh" in globals(), globals()["counter"])
def via_globals():
    globals()["dynamic"] = "set via globals()"
via_globals()
print(dynamic)
