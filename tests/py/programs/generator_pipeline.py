# A log-processing pipeline built from generators.
import re
from collections import Counter
LOG = """2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 WARN  slow request path=/api/users ms=1200
2024-01-01 10:01:00 INFO  request path=/api/users ms=45
2024-01-01 10:01:30 ERROR failed request path=/api/orders ms=3000 code=500
2024-01-01 10:02:00 INFO  request path=/health ms=1
malformed line here
2024-01-01 10:03:10 ERROR timeout path=/api/orders ms=5000 code=504
2024-01-01 10:04:00 INFO  request path=/api/users ms=60
2024-01-01 10:05:00 WARN  slow request path=/api/search ms=900"""
LINE = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>\w+)\s+(?P<msg>.*)")
def read(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line
def parse(lines):
    for n, line in lines:
        m = LINE.match(line)
        if not m:
            print(f"  skipping line {n}: {line!r}")
            continue
        rec = m.groupdict()
        rec["fields"] = dict(kv.split("=") for kv in rec["msg"].split() if "=" in kv)
        yield rec
def level_at_least(records, level):
    order = ["DEBUG", "INFO", "WARN", "ERROR"]
    for r in records:
        if order.index(r["level"]) >= order.index(level):
            yield r
def with_ms(records):
    for r in records:
        r["ms"] = int(r["fields"].get("ms", 0))
        yield r
def window_avg(values, n):
    buf = []
    for v in values:
        buf.append(v)
        if len(buf) > n:
            buf.pop(0)
        yield round(sum(buf) / len(buf), 1)
records = list(with_ms(parse(read(LOG))))
print(len(records), "records")
for r in level_at_least(records, "WARN"):
    print(f"{r['time']} {r['level']:<5} {r['fields'].get('path')} {r['ms']}ms")
print(list(window_avg((r["ms"] for r in records), 3)))
paths = Counter(r["fields"]["path"] for r in records if "path" in r["fields"])
print(paths.most_common())
slowest = max(records, key=lambda r: r["ms"])
print("slowest:", slowest["fields"]["path"], slowest["ms"])
errors = (r for r in records if r["level"] == "ERROR")
codes = sorted({r["fields"]["code"] for r in errors})
print("error codes:", codes)
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
print([r["time"] for r in take(2, level_at_least(iter(records), "INFO"))])
