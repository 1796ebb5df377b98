# itertools combinatoric iterators.
import itertools as it
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.product("ab", [0, 1])), list(it.product("xy", repeat=2)), len(list(it.product(range(3), repeat=4))))
print(list(it.permutations([])), list(it.combinations("ab", 5)), list(it.product()))
print(sum(1 for _ in it.permutations(range(7))), len(list(it.combinations(range(20), 3))))
