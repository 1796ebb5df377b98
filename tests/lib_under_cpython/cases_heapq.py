import random as _random
_rng = _random.Random(42)
_DATA = [[_rng.randrange(50) for _ in range(n)] for n in (0, 1, 2, 3, 7, 20, 64)]

CASES = []
for _d in _DATA:
    CASES += [
        f"h = {_d!r}\nM.heapify(h)\nresult = h",
        f"h = []\nfor x in {_d!r}: M.heappush(h, x)\nresult = (h, [M.heappop(h) for _ in range(len(h))])",
        f"h = {_d!r}\nM.heapify(h)\nresult = [M.heapreplace(h, x) for x in range(len(h))] + h",
        f"h = {_d!r}\nM.heapify(h)\nresult = [M.heappushpop(h, x) for x in range(0, 60, 7)] + h",
        f"h = {_d!r}\nM._heapify_max(h)\nresult = h",
        f"h = {_d!r}\nM._heapify_max(h)\nresult = [M._heappop_max(h) for _ in range(len(h))]",
        f"h = {_d!r}\nM._heapify_max(h)\nresult = [M._heapreplace_max(h, x) for x in range(len(h))] + h",
    ]
    for _n in (-1, 0, 1, 2, 5, 100):
        CASES += [
            f"M.nsmallest({_n}, {_d!r})", f"M.nlargest({_n}, {_d!r})",
            f"M.nsmallest({_n}, iter({_d!r}))", f"M.nlargest({_n}, iter({_d!r}))",
            f"M.nsmallest({_n}, [(x % 5, i) for i, x in enumerate({_d!r})], key=lambda t: t[0])",
            f"M.nlargest({_n}, iter([(x % 5, i) for i, x in enumerate({_d!r})]), key=lambda t: t[0])",
            f"M.nsmallest({_n}, iter([(x % 5, i) for i, x in enumerate({_d!r})]), key=lambda t: t[0])",
        ]
CASES += [
    "list(M.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25]))",
    "list(M.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25], reverse=True))",
    "list(M.merge([7, 5, 3, 1], [8, 4, 2, 0], [20, 15, 10, 5], [], [25], reverse=True))",
    "list(M.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], [(1, 'c')], key=lambda t: t[0]))",
    "list(M.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], [(1, 'c')], key=lambda t: t[0], reverse=True))",
    "list(M.merge())", "list(M.merge([1, 2]))", "list(M.merge('ace', 'bdf'))",
    "M.heappush(1, 2)", "M.heappop([])", "M.heapreplace([], 1)", "M.heappushpop([], 1)",
    "M.heapify((1,))", "M.heappop((1,))", "M.heapreplace((1,), 2)", "M.heappushpop((1,), 2)",
    "type(M.merge([1])).__name__", "sorted(M.__all__)",
    "h = []\nfor x in [3, 1, 2]: M.heappush(h, [x])\nresult = h",
]
