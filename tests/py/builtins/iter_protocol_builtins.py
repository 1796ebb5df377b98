# Builtins that accept any iterable work with generators and custom iterables.
def gen():
    yield from [3, 1, 2]
class It:
    def __iter__(self):
        return iter([5, 4])
for consumer in (list, tuple, sorted, sum, max, min, len if False else set, frozenset, any, all, enumerate, " ".join if False else sorted):
    try:
        r = consumer(gen())
        print(consumer.__name__, list(r) if isinstance(r, enumerate) else (sorted(r) if isinstance(r, (set, frozenset)) else r))
    except TypeError as e:
        print(consumer.__name__, "TypeError:", e)
print(list(It()), dict(zip(It(), gen())), "-".join(map(str, It())), max(It()), list(zip(*It())) if False else list(It()))
