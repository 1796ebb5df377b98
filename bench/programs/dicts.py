# Dict operations: counting words, get/setdefault, membership, iteration over items, deletion.
import _bench

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def main():
    counts = {}
    for i in range(60000):
        w = WORDS[i % 8] + str(i % 100)
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for k, v in counts.items():
        groups.setdefault(k[0], []).append(v)
    hits = 0
    for i in range(60000):
        if ("beta" + str(i % 150)) in counts:
            hits += 1
    for k in list(counts):
        if k.endswith("7"):
            del counts[k]
    return len(counts), hits, sorted((k, sum(v)) for k, v in groups.items())


_bench.run("dicts", main)
