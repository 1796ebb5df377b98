# finally runs on return, break, continue and exceptions; finally can override.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally after return")
print(ret_in_try())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    try:
        raise ValueError
    finally:
        return "exception swallowed by return"
print(swallow())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break discarded exception"
print(break_in_finally())
def order():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError
        except KeyError:
            log.append("inner except")
            raise ValueError
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(order())
def value_eval():
    x = "before"
    try:
        return x
    finally:
        x = "after"
print(value_eval())
def nested_returns():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_returns())
