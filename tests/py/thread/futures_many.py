# timeout: 30
# 2000 small tasks on 8 workers: every result accounted for, in order via map
# and as a set via as_completed.
import concurrent.futures as cf
import threading

seen_threads = set()
lock = threading.Lock()


def task(i):
    with lock:
        seen_threads.add(threading.get_ident())
    return i * 7 % 1001


with cf.ThreadPoolExecutor(max_workers=8) as ex:
    mapped = list(ex.map(task, range(2000)))
    futs = [ex.submit(task, i) for i in range(2000)]
    completed = [f.result() for f in cf.as_completed(futs)]
print(mapped == [i * 7 % 1001 for i in range(2000)])
print(sorted(completed) == sorted(mapped))
print(sum(mapped), len(completed))
print("at most 8 worker threads:", 1 <= len(seen_threads) <= 8)
