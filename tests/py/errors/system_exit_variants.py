# SystemExit can be caught; its code attribute reflects the argument.
import sys
for arg in [(), (0,), (5,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by Exception")
except SystemExit:
    print("caught by SystemExit handler")
sys.exit(0)
