import random as _random
_rng = _random.Random(5)
_F = "from fractions import Fraction as F\nfrom decimal import Decimal as D\n"
_DATA = [
    "[1, 2, 3, 4]", "[1, 2, 3]", "[2, 2, 2]", "[1]", "[]", "[1.5, 2.25, 3.125]", "[0.1, 0.2, 0.3, 0.4]",
    "[1e300, 1e300, -1e300]", "[F(1, 3), F(2, 3), F(5, 7)]", "[D('1.1'), D('2.2'), D('3.35')]",
    "[1, 2.5, F(1, 2)]", "[True, False, True]", "[1, F(1, 2)]", "[D(1), 2]", "[D(1), 1.5]",
    "[1, float('inf')]", "[1, float('nan')]", "[float('inf'), float('-inf')]", "[D('NaN'), D(1)]",
    "[1, 'a']", "[D(1), 1.5, 'a']", "iter([5, 6, 7, 8])", "range(10)", "[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]",
    "[10**20, 10**20 + 1, 10**20 + 2]", "[1.0, 2**2000]", "[-1, -2, -3.5]",
    str([_rng.random() * 100 for _ in range(25)]), str([_rng.randrange(-50, 50) for _ in range(30)]),
    str([_rng.gauss(0, 1e-8) for _ in range(12)]), "[2**0.5, 3**0.5, 5**0.5]",
]
_FUNCS = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high',
          'median_grouped', 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev']
CASES = ["sorted(M.__all__)", "issubclass(M.StatisticsError, ValueError)"]
for _d in _DATA:
    for _f in _FUNCS:
        CASES.append(f"{_F}result = M.{_f}({_d})")
    CASES.append(f"{_F}result = M.quantiles({_d})")
    CASES.append(f"{_F}result = M.quantiles({_d}, n=10, method='inclusive')")
    CASES.append(f"{_F}result = M.variance({_d}, 2)")
    CASES.append(f"{_F}result = M.pstdev({_d}, 1.5)")
    CASES.append(f"{_F}result = M.median_grouped({_d}, 2)")
CASES += [
    _F + "result = M.variance([1, 2], F(1, 2))",
    _F + "result = M.harmonic_mean([40, 60], weights=[5, 30])",
    _F + "result = M.harmonic_mean([1, 0])", _F + "result = M.harmonic_mean([-1, 2])",
    _F + "result = M.harmonic_mean([2], weights=[1])", _F + "result = M.harmonic_mean(['a'])",
    _F + "result = M.harmonic_mean([1, 2], weights=[1])", _F + "result = M.harmonic_mean([F(1, 2), 3])",
    _F + "result = M.harmonic_mean([D('0.5'), 3])", _F + "result = M.harmonic_mean([1.5, float('nan')])",
    _F + "result = M.fmean([1, 2, 3], weights=[3, 2, 1])", _F + "result = M.fmean([1, 2], weights=[1])",
    _F + "result = M.fmean([1, 2], weights=[0, 0])", _F + "result = M.fmean(iter([1, 2, 4]))",
    _F + "result = M.quantiles([1, 2], n=0)", _F + "result = M.quantiles([1, 2, 3], method='x')",
    _F + "result = M.quantiles(range(100), n=7)", _F + "result = M.quantiles([F(1), F(2), F(4)], n=3)",
    _F + "result = M.mode(['a', 'b', 'b', 'a', 'c'])", _F + "result = M.multimode('aabbbbccddddeeffffgg')",
    _F + "result = M.multimode('')",
    "M.covariance([1, 2, 3, 4, 5], [1, 3, 2, 5, 4])", "M.covariance([1], [1])", "M.covariance([1, 2], [1])",
    "M.correlation([1, 2, 3, 4, 5], [1, 3, 2, 5, 4])", "M.correlation([1, 1], [1, 2])", "M.correlation([1.5, 2.5, 9.25], [3, 1, 4.5])",
    "M.linear_regression([1, 2, 3, 4, 5], [1, 3, 2, 5, 4])", "M.linear_regression([1, 1], [1, 2])",
    "M.linear_regression([1, 2, 3], [2, 4.1, 6.2], proportional=True)",
    # NormalDist
    "n = M.NormalDist(1.5, 2)\nresult = (n, n.mean, n.median, n.mode, n.stdev, n.variance, n.pdf(0.3), n.cdf(0.3), n.zscore(4), n.quantiles(), n.quantiles(7))",
    "n = M.NormalDist()\nresult = [n.inv_cdf(p) for p in (1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.02425, 0.05, 0.074, 0.075, 0.0751, 0.1, 0.2, 0.3, 0.4, 0.49, 0.5, 0.51, 0.6, 0.75, 0.9, 0.925, 0.95, 0.975, 0.99, 0.999, 1 - 1e-10, 1 - 1e-16)]",
    "n = M.NormalDist(10, 3)\nresult = [n.inv_cdf(i / 97) for i in range(1, 97)]",
    "n = M.NormalDist(10, 3)\nresult = [n.inv_cdf(10 ** -k) for k in range(1, 300, 7)]",
    "M.NormalDist().inv_cdf(0)", "M.NormalDist(0, 0).inv_cdf(0.5)", "M.NormalDist(0, -1)", "M.NormalDist(0, 0).pdf(1)",
    "M.NormalDist(0, 0).cdf(1)", "M.NormalDist(0, 0).zscore(1)",
    "a, b = M.NormalDist(2.4, 1.6), M.NormalDist(3.2, 2.0)\nresult = (a.overlap(b), b.overlap(a), a.overlap(a), a + b, a - b, a + 2, 2 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, -a, +a, a == M.NormalDist(2.4, 1.6), a == 1, hash(a) == hash(M.NormalDist(2.4, 1.6)))",
    "M.NormalDist(1, 1).overlap(M.NormalDist(2, 1))", "M.NormalDist().overlap(1)",
    "M.NormalDist(0, 0).overlap(M.NormalDist())",
    "M.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])", "M.NormalDist.from_samples([1])",
    "M.NormalDist.from_samples([1, float('inf')])",
    "len(M.NormalDist().samples(5, seed=3)), M.NormalDist(5, 0).samples(2, seed=1)",
    "M.NormalDist(1, 2).__getstate__()", "import copy\nresult = copy.deepcopy(M.NormalDist(1, 2))",
]

# Many random data sets: square roots and conversions must round exactly
# as CPython's do.
_rng3 = _random.Random(99)
for _ in range(120):
    _kind = _rng3.randrange(3)
    if _kind == 0:
        _d = [_rng3.randrange(-10**6, 10**6) for _ in range(_rng3.randrange(2, 15))]
    elif _kind == 1:
        _d = [_rng3.uniform(-1e3, 1e3) * 10 ** _rng3.randrange(-20, 20) for _ in range(_rng3.randrange(2, 15))]
    else:
        _d = [_rng3.expovariate(1.0) for _ in range(_rng3.randrange(2, 15))]
    CASES.append(f"[f({_d!r}) for f in (M.stdev, M.pstdev, M.variance, M.pvariance, M.mean, M.fmean)]")
