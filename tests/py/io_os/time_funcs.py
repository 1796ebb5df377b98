# time: conversions and formatting at fixed timestamps (in UTC), struct_time, clocks and sleep.
import time

for ts in (0, 1, -1, 86399.9, 951782400, 1700000000, 2**31, -2**31, 253402300799):
    g = time.gmtime(ts)
    print(ts, tuple(g), g.tm_zone, g.tm_gmtoff, time.asctime(g))
g = time.gmtime(1700000000)
print(g, type(g).__name__, len(g), g[0], g[-1], g[:3], g.tm_year, g.tm_yday, g.n_fields, g.n_sequence_fields)
print(time.struct_time.__module__, g == tuple(g), list(g)[5])
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, st.tm_zone, st.tm_gmtoff)
for bad in ((1, 2), tuple(range(12)), 5):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    st.tm_year = 5
except AttributeError as e:
    print("AttributeError:", e)
fmt = "%Y-%m-%d %H:%M:%S|%a %A %b %B|%d %e %j %U %W %w %u %V %G %g|%y %C %I %l %p %M|%D %F %T %R %c|%x %X|%%|%n%t|%Q"
for ts in (0, 951782400, 1700000000, 1704067200, 1609459200, 1735603200):
    print(repr(time.strftime(fmt, time.gmtime(ts))))
print(time.strftime("%Z %z", time.gmtime(0)), repr(time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, -1))))
print(time.strftime("%Y-%m-%d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%Y", (5, 1, 1, 0, 0, 0, 0, 1, 0)),
      time.strftime("%S", (2024, 1, 1, 0, 0, 61, 0, 1, 0)), repr(time.strftime("")), repr(time.strftime("%")))
for bad in ((2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0)):
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (5, (1, 2)):
    try:
        time.strftime("%Y", bad)
    except TypeError as e:
        print("TypeError:", e)
print(time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)), time.ctime(0) == time.asctime(time.localtime(0)))
print(time.mktime(time.localtime(1700000000)), time.mktime(time.gmtime(0)) == -time.timezone)
print(time.timezone, time.altzone, time.daylight, time.tzname)
for data, fmt in (("2024-03-09 13:45", "%Y-%m-%d %H:%M"), ("10 Jan 2020", "%d %b %Y"), ("Mon Jan 15 10:20:30 2024", None),
                  ("15/01/24 10:20 PM", "%d/%m/%y %I:%M %p"), ("12:00 am", "%I:%M %p"), ("Monday January 2024", "%A %B %Y"),
                  ("2024 12 31", "%Y %m %d"), ("100", "%j"), ("2024 100", "%Y %j"), ("2024 %", "%Y %%"),
                  ("UTC 2024", "%Z %Y"), ("+0530", "%z"), ("-01:30", "%z"), ("1999-12-31T23:59:59.5", "%Y-%m-%dT%H:%M:%S.%f"),
                  ("2024 10 3", "%Y %W %w"), ("2024 0 0", "%Y %U %w"), ("2021 1 1", "%G %V %u"), ("  5 Jun  2021", " %d %b %Y"),
                  ("69", "%y"), ("68", "%y"), ("jAn 5", "%b %d")):
    try:
        r = time.strptime(data, fmt) if fmt else time.strptime(data)
        print(repr(data), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(data), "ValueError:", e)
for data, fmt in (("bad", "%Y"), ("2024", "%Y %m"), ("2024 5x", "%Y %m"), ("1 2", "%Q"), ("2023-02-29", "%Y-%m-%d"),
                  ("1", "%"), ("2024", "%Y%")):
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print("ValueError:", e)
try:
    time.strptime(5, "%Y")
except TypeError as e:
    print("TypeError:", e)
a = time.monotonic()
b = time.monotonic()
print(b >= a, isinstance(time.time(), float), time.time() > 1.6e9, isinstance(time.time_ns(), int), time.perf_counter() <= time.perf_counter())
print(abs(time.time_ns() / 1e9 - time.time()) < 1, time.monotonic_ns() > 0, time.perf_counter_ns() > 0, time.process_time() >= 0,
      time.process_time_ns() >= 0, time.thread_time() >= 0)
t = time.perf_counter()
time.sleep(0.02)
print(0.015 <= time.perf_counter() - t < 2)
time.sleep(0)
for bad in (-1, "x", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for name in ("time", "monotonic", "perf_counter", "process_time"):
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, info.implementation, info.resolution > 0)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError:", e)
for bad in ("x", float("nan"), 1e20):
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(time.gmtime(None)[0] >= 2024, time.localtime()[0] >= 2024, len(time.ctime()), time.gmtime(-1.5)[:6])
