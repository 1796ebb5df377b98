# Every random.Random method consumes the generator as CPython 3.11 does.
import random

for seed in [1, 7, 2024, "seed"]:
    r = random.Random(seed)
    print("seed", repr(seed))
    print(" ", [r.randint(-5, 10**30) for _ in range(3)], [r.randrange(0, 100, 7) for _ in range(4)],
          [r.randrange(50, -50, -3) for _ in range(4)], r.randrange(10**25))
    l = list(range(20))
    r.shuffle(l)
    print(" ", l)
    print(" ", r.sample(range(1000), 8), r.sample("abcdefghij", 4), r.sample(range(10**6), 30)[-3:])
    print(" ", r.sample(["a", "b", "c"], 5, counts=[3, 1, 2]), r.choice("xyz"), r.choice(range(7)))
    print(" ", r.choices("abcde", k=5), r.choices("abcde", [1, 2, 3, 4, 5], k=5),
          r.choices("abc", cum_weights=[1, 1.5, 9], k=4))
    print(" ", r.gauss(), r.gauss(2, 3), r.normalvariate(1, 2), r.lognormvariate(0, 0.5))
    print(" ", r.expovariate(2), r.vonmisesvariate(1, 0.5), r.vonmisesvariate(0, 5), r.vonmisesvariate(0, 1e-7))
    print(" ", r.gammavariate(0.5, 2), r.gammavariate(1, 2), r.gammavariate(3, 2), r.betavariate(0.5, 0.5),
          r.betavariate(2, 5))
    print(" ", r.paretovariate(2), r.weibullvariate(1, 1.5), r.triangular(), r.triangular(1, 5, 2),
          r.triangular(1, 1, 1), r.uniform(-3, 3))
    print(" ", r.randbytes(9), r.getrandbits(200))

random.seed(12345)
print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]))

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = random.Random(3)
check(lambda: r.randrange(5, 5))
check(lambda: r.randrange(0))
check(lambda: r.randrange(1, 10, 0))
check(lambda: r.randrange(10, 1, 2))
check(lambda: r.randrange(3, step=2))
check(lambda: r.choice([]))
check(lambda: r.sample({1, 2}, 1))
check(lambda: r.sample([1], 2))
check(lambda: r.sample([1, 2], 1, counts=[1]))
check(lambda: r.sample([1, 2], 1, counts=[0, 0]))
check(lambda: r.sample([1, 2], 1, counts=[1.5, 1]))
check(lambda: r.choices([1], 5))
check(lambda: r.choices([1], [1], cum_weights=[1]))
check(lambda: r.choices([1, 2], [1]))
check(lambda: r.choices([1], [0]))
check(lambda: r.choices([1], [float("inf")]))
check(lambda: r.gammavariate(0, 1))
