# Exceptions in tasks: stored on the Future, re-raised by result(), visible via
# exception(); the worker thread survives and runs later tasks.
import concurrent.futures as cf


class AppError(Exception):
    pass


def task(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "app":
        raise AppError("app failed", 42)
    if kind == "exit":
        raise SystemExit(3)
    return kind


with cf.ThreadPoolExecutor(max_workers=1) as ex:
    futs = {k: ex.submit(task, k) for k in ["value", "ok", "app", "exit", "later"]}
    for k, f in futs.items():
        exc = f.exception()
        print(k, type(exc).__name__ if exc else None, exc.args if exc else f.result())
    try:
        futs["value"].result()
    except ValueError as e:
        print("result() raised", repr(e))
        print("has traceback:", e.__traceback__ is not None)
    try:
        futs["app"].result()
    except AppError as e:
        print("AppError args", e.args)

# exceptions from map, after the good results.
with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        print("map:", out, e)
