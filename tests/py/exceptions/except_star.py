# except* handling of exception groups.
def raiser():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")])
try:
    raiser()
except* ValueError as g:
    print("ValueErrors:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("TypeErrors:", [str(e) for e in g.exceptions])
except* KeyError as g:
    print("KeyErrors:", repr(g))
try:
    try:
        raiser()
    except* ValueError:
        print("handled some")
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new in handler")
except ExceptionGroup as eg:
    print("raised in except*:", repr(eg), [repr(e) for e in eg.exceptions])
except KeyError as e:
    print("plain KeyError", e)
try:
    raise ExceptionGroup("nested", [ExceptionGroup("inner", [OSError("o")]), OSError("p")])
except* OSError as g:
    print("nested match:", repr(g))
