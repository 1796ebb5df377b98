# Guards are evaluated in order; bindings happen before guards.
log = []
def guard(name, result):
    log.append(name)
    return result
match (1, 2):
    case (a, b) if guard("first", a > b):
        print("first")
    case (a, b) if guard("second", a < b):
        print("second matched, a, b =", a, b)
    case _ if guard("third", True):
        print("third")
print(log)
match [1, 2, 3]:
    case [x, y, z] if x + y == z:
        print("sum rule", x, y, z)
