# timeout: 30
# Tasks that submit tasks: an outer pool fans out to an inner pool and gathers;
# a recursive divide-and-conquer sum over a pool big enough not to deadlock.
import concurrent.futures as cf
import time

inner = cf.ThreadPoolExecutor(max_workers=4)


def outer_task(k):
    futs = [inner.submit(pow, k, e) for e in range(4)]
    return [f.result() for f in futs]


with cf.ThreadPoolExecutor(max_workers=3) as outer:
    rows = list(outer.map(outer_task, range(6)))
inner.shutdown()
for r in rows:
    print(r)

# Divide and conquer: each level submits its two halves to the same executor.
pool = cf.ThreadPoolExecutor(max_workers=32)


def psum(lo, hi):
    if hi - lo <= 64:
        return sum(range(lo, hi))
    mid = (lo + hi) // 2
    left = pool.submit(psum, lo, mid)
    right = psum(mid, hi)
    return left.result() + right


print(pool.submit(psum, 0, 1000).result(), sum(range(1000)))
pool.shutdown()

# A done callback that submits follow-up work.
results = []
with cf.ThreadPoolExecutor(2) as ex:
    follow = []

    def chain(f):
        follow.append(ex.submit(lambda v=f.result(): v + 1))

    first = ex.submit(lambda: 41)
    first.add_done_callback(chain)
    first.result()
    while not follow:
        time.sleep(0.001)
    results.append(follow[0].result())
print(results)
