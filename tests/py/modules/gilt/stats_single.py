# regen: manual
# flags: -X gilstats=quiet
# gilt.gil_stats() for one CPU-bound thread: it holds the GIL nearly all the time and never waits.
import gilt
import time

end = time.perf_counter() + 0.2
n = 0
while time.perf_counter() < end:
    n += 1

s = gilt.gil_stats()
print(sorted(s))
print(sorted(s['total']))
print(s['gil_enabled'], s['switch_interval'])
main = s['threads'][0]
print(main['name'], main['alive'])
print('wall >= 0.2:', s['wall'] >= 0.2)
print('held share > 0.8:', s['gil_held_share'] > 0.8, 0 < s['gil_held_share'] <= 1.0)
print('main runs > 90% of its life:', main['running'] > 0.9 * main['lifetime'])
print('no waits:', main['waiting'] < 0.01, main['contended'] == 0, main['drop_requests_made'] == 0)
print('times are floats:', all(isinstance(main[k], float) for k in ('running', 'waiting', 'blocked', 'wait_p50')))
print('totals add up:', abs(s['total']['running'] - sum(t['running'] for t in s['threads'])) < 1e-9)

# a sleep is time blocked outside the GIL
before = gilt.gil_stats()['threads'][0]['blocked']
time.sleep(0.05)
after = gilt.gil_stats()['threads'][0]['blocked']
print('sleep is blocked:', after - before >= 0.04)
try:
    gilt.gil_stats(1)
except TypeError as e:
    print('TypeError', e)
