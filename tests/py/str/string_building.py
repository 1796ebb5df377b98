# Building strings efficiently in loops.
out = ""
for i in range(10):
    out += str(i)
print(out)
rows = []
for r in range(1, 4):
    rows.append(" ".join(f"{r * c:3d}" for c in range(1, 6)))
print("\n".join(rows))
s = "-" * 20
print(s, len(s))
import io
buf = io.StringIO()
for w in ["alpha", "beta", "gamma"]:
    buf.write(w.title())
    buf.write(";")
print(buf.getvalue())
big = "x" * 100000
print(len(big), big.count("x"), big[-3:], len(big.replace("x", "yy")))
