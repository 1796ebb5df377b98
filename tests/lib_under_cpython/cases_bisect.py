_A = "a = [1, 2, 2, 2, 3, 5, 8]\n"
CASES = [
    _A + "result = [M.bisect_left(a, x) for x in range(10)]",
    _A + "result = [M.bisect_right(a, x) for x in range(10)]",
    _A + "result = [M.bisect(a, x, 2, 5) for x in range(10)]",
    _A + "result = [M.bisect_left(a, x, lo=3) for x in range(10)]",
    _A + "result = M.bisect_left(a, 2, -1)",
    _A + "result = M.bisect_left(a, 2, 0, 100)",
    _A + "result = M.bisect_left(a, 2, 0, -3)",
    "M.bisect_left(None, 1)",
    "a = [(1, 'a'), (2, 'b'), (2, 'c'), (4, 'd')]\n"
    "result = [M.bisect_left(a, k, key=lambda t: t[0]) for k in range(6)] + "
    "[M.bisect_right(a, k, key=lambda t: t[0]) for k in range(6)]",
    "a = []\nfor x in [5, 1, 4, 1, 5, 9, 2, 6]: M.insort(a, x)\nresult = a",
    "a = []\nfor x in [5.0, 1, 4, 1.0, 5, 9, 2, 6]: M.insort_left(a, x)\nresult = [(v, type(v).__name__) for v in a]",
    "a = []\nfor x in [5.0, 1, 4, 1.0, 5, 9, 2, 6]: M.insort_right(a, x)\nresult = [(v, type(v).__name__) for v in a]",
    "a = []\nfor x in [(3,'x'), (1,'y'), (3,'z'), (2,'w')]: M.insort(a, x, key=lambda t: t[0])\nresult = a",
    "a = []\nfor x in [(3,'x'), (1,'y'), (3,'z'), (2,'w')]: M.insort_left(a, x, key=lambda t: t[0])\nresult = a",
    "sorted(M.__all__)",
    "M.bisect is M.bisect_right and M.insort is M.insort_right",
]
