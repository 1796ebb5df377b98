# datetime: construction errors, reprs, arithmetic, formatting, ISO parsing, time zones.
import datetime as d
for f in [lambda: d.date(2024,13,1), lambda: d.date(2024,2,30), lambda: d.date(0,1,1), lambda: d.date(2024.0,1,1), lambda: d.date('x',1,1), lambda: d.time(24), lambda: d.time(1,60), lambda: d.time(1,1,1,10**6), lambda: d.timedelta(days=10**9), lambda: d.date.max + d.timedelta(1), lambda: d.datetime(2020,1,1) < d.date(2020,1,1), lambda: d.datetime(2020,1,1,tzinfo=d.timezone.utc) < d.datetime(2020,1,1), lambda: d.datetime(2020,1,1,tzinfo=d.timezone.utc) - d.datetime(2020,1,1), lambda: d.timedelta(1)/0, lambda: d.date.fromisoformat('2024-1-1'), lambda: d.timedelta('x')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(repr(d.timedelta(0)), repr(d.timedelta(-1, 5, 7)), str(d.timedelta(-1, 5, 7)), str(d.timedelta(2, 3600, 5)), d.timedelta(hours=1.5), d.timedelta(microseconds=-1))
print(repr(d.time(12, 30)), repr(d.time(0)), repr(d.time(1,2,3,4)), repr(d.datetime(2024,1,2)), repr(d.datetime(2024,1,2,3,4,5,6, tzinfo=d.timezone.utc)))
print(repr(d.timezone.utc), repr(d.timezone(d.timedelta(hours=1))), d.timezone(d.timedelta(hours=-5, minutes=-30)), repr(d.timezone(d.timedelta(hours=1), 'X')))
print(d.date(2024,3,9).isocalendar(), d.date(2024,3,9).ctime(), d.datetime(2024,3,9,1,2,3,4).isoformat(), d.datetime(2024,3,9,1,2,3).isoformat(' ', 'milliseconds'), d.datetime(2024,3,9,tzinfo=d.timezone.utc))
print(d.timedelta(days=1)/d.timedelta(hours=5), d.timedelta(days=1)//d.timedelta(hours=5), d.timedelta(days=1)%d.timedelta(hours=5), d.timedelta(days=1)*1.5, d.timedelta(seconds=1)/3, -d.timedelta(1), abs(d.timedelta(-1)))
print(d.date(2024,3,9).strftime('%A %j %U %W %y %%'), d.datetime(2024,3,9,13,5,7,123).strftime('%I %p %f %H:%M:%S %z|%Z'), d.datetime(2024,3,9,tzinfo=d.timezone(d.timedelta(hours=5,minutes=30))).strftime('%z %Z'))
print(d.date.min, d.date.max, d.datetime.min, d.timedelta.max, d.timedelta.min, d.timedelta.resolution, d.time.max)
for n in [1, 59, 60, 365, 366, 730120, 738954, 3652059, 146097, 146096, 146098]:
    x = d.date.fromordinal(n); assert x.toordinal() == n, (n, x); print(x, end=' ')
print()
print(d.datetime.fromisoformat('2024-03-09T10:11:12.5+05:30'), d.date.fromisoformat('20240309'), d.time.fromisoformat('10:11'), d.datetime.fromtimestamp(0, d.timezone.utc), d.datetime.utcfromtimestamp(1.5))
print(d.datetime(2024,3,9,10) - d.datetime(2024,1,1), d.date(2024,3,9) - d.date(2023,3,9), d.datetime.combine(d.date(2024,1,1), d.time(5)), d.datetime.strptime('2024-03-09 10:11:12.25', '%Y-%m-%d %H:%M:%S.%f'))
print(sorted([d.date(2024,1,2), d.date(2023,5,5)]), d.date(2024,1,1) == d.datetime(2024,1,1), {d.date(2024,1,1): 1}[d.date(2024,1,1)], d.date(2024,1,1).replace(day=5), d.timedelta(weeks=1, days=-1, hours=25.5, milliseconds=1))
print(d.date(2024, 2, 29).isocalendar(), d.date(2021, 1, 1).isocalendar(), d.date.fromisocalendar(2020, 53, 7), f"{d.date(2024,3,9):%d %b}")
import copy
print(copy.deepcopy(d.datetime(2024,1,1,tzinfo=d.timezone.utc)), d.datetime(2024,1,1,12,tzinfo=d.timezone.utc).astimezone(d.timezone(d.timedelta(hours=-3))))
