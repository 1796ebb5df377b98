# Common itertools used as iteration helpers.
import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain([1], (2, 3), "ab")), list(it.chain.from_iterable([[1, 2], [3]])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=10)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.compress("abcd", [1, 0, 1, 0])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aaabbc")], list(it.pairwise("abcd")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
