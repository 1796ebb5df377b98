# sys.stdin/stdout/stderr as io objects (stdin is /dev/null under the test runner).
import sys
import io

out = sys.stdout
print(type(out).__name__, repr(out), out.name, out.mode, out.encoding, out.errors, out.closed, out.fileno())
print(repr(sys.stderr), sys.stderr.errors, repr(sys.stdin), sys.stdin.readable(), out.writable(), sys.stdin.writable())
# out.buffer is a BufferedWriter, or the FileIO itself when unbuffered (-u, PYTHONUNBUFFERED)
raw = getattr(out.buffer, "raw", out.buffer)
print(type(out.buffer).__name__ in ("BufferedWriter", "FileIO"), out.buffer.name, type(raw).__name__, raw.mode, raw.closefd)
print(out.write("written\n"), out.write(""), out.write("é\n"))
out.flush()
out.buffer.write(b"bytes through the buffer\n")
print("after bytes", flush=True)
out.writelines(["one\n", "two\n"])
print(isinstance(out, io.TextIOBase), isinstance(out.buffer, (io.BufferedIOBase, io.RawIOBase)), sys.__stdout__ is out)
try:
    out.write(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin), sys.stdin.buffer.read())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
sys.stderr.write("to stderr\n")
sys.stderr.flush()
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2)
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
print("end", file=sys.stdout)
