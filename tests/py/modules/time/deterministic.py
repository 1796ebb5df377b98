# time: only deterministic behaviour (fixed timestamps, formatting, monotonic ordering).
import time
t0 = time.gmtime(0)
print(t0, tuple(t0), t0.tm_year, t0.tm_wday, t0.tm_yday)
st = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %w", st), time.strftime("%%|%y|%I %p|%A %B", st))
print(time.asctime(st), time.asctime(time.gmtime(0)))
print(time.strptime("2024-03-09 13:45", "%Y-%m-%d %H:%M")[:6], time.strptime("10 Jan 2020", "%d %b %Y").tm_yday)
a = time.monotonic()
b = time.monotonic()
print(b >= a, isinstance(time.time(), float), time.time() > 1.6e9, isinstance(time.time_ns(), int), time.perf_counter() <= time.perf_counter())
t = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t >= 0.009)
print(time.gmtime(86400 * 365.25 * 30)[:3], type(st).__name__, st.tm_zone if hasattr(st, "tm_zone") else "UTC")
try:
    time.strptime("bad", "%Y")
except ValueError as e:
    print("ValueError:", e)
