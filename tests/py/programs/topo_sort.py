# Topological sorting (Kahn's algorithm and DFS) with cycle detection for build steps.
from collections import deque
DEPS = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "fixtures"],
    "fixtures": ["core"],
}
def kahn(deps):
    indeg = {n: 0 for n in deps}
    users = {n: [] for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    ready = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(deps):
        raise ValueError("cycle among: " + ", ".join(sorted(n for n, k in indeg.items() if k > 0)))
    return order
def dfs_order(deps):
    state, order = {}, []
    def visit(n, stack):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(stack + [n]))
        state[n] = "active"
        for d in deps[n]:
            visit(d, stack + [n])
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n, [])
    return order
print(kahn(DEPS))
print(dfs_order(DEPS))
def check(order):
    pos = {n: i for i, n in enumerate(order)}
    return all(pos[d] < pos[n] for n, ds in DEPS.items() for d in ds)
print(check(kahn(DEPS)), check(dfs_order(DEPS)))
cyclic = dict(DEPS, core=["tests"])
for fn in (kahn, dfs_order):
    try:
        fn(cyclic)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
import graphlib
ts = graphlib.TopologicalSorter(DEPS)
print(list(ts.static_order()) == kahn(DEPS) or "different but valid", check(list(graphlib.TopologicalSorter(DEPS).static_order())))
