# sys.stdout/stderr redirection, sys.exit inside try, print to stderr.
import sys
import io
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured line")
sys.stdout = old
print("restored; buffer had", repr(buf.getvalue()))
print("error stream line", file=sys.stderr)
sys.stderr.write("direct stderr write\n")
try:
    sys.exit("exit message")
except SystemExit as e:
    print("caught SystemExit:", e.code)
print(sys.stdout.isatty(), sys.stdin.isatty() if sys.stdin else None)
sys.stdout.flush()
