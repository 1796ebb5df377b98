# __traceback__, with_traceback, tb_lineno and frame info.
import sys
def fail():
    raise ValueError("tb test")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    e2 = KeyError("new").with_traceback(e.__traceback__)
    print(e2.__traceback__ is e.__traceback__)
e = ValueError()
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__cause__ = "bad"
except TypeError as err:
    print("TypeError:", err)
