# zip and map with several iterables of uneven length, and lazy consumption order.
log = []
def src(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i
print(list(zip(src("a", 3), src("b", 2))), log)
log.clear()
print(list(map(lambda x, y: x * y, src("a", 2), src("b", 5))), log)
log.clear()
print(list(zip(src("a", 2), src("b", 2), src("c", 3))), log)
import itertools
print(list(itertools.zip_longest("ab", range(4), fillvalue=None)))
print(dict(zip("abc", itertools.count(1))), list(zip(*["abc", "de"])))
