# More seeded random APIs and distributions.
import random
random.seed(7)
print([random.randint(0, 9) for _ in range(20)])
print([round(random.random(), 6) for _ in range(5)])
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(deck, 4), random.sample(range(10 ** 6), 3))
print(random.choices(["x", "y"], cum_weights=[1, 10], k=6))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1), random.gammavariate(2, 1))
rng = random.Random(0)
print([rng.randrange(-50, 50) for _ in range(8)], rng.binomialvariate(10, 0.5) if hasattr(rng, "binomialvariate") else "n/a")
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
