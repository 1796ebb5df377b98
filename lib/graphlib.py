"""Topological sorting of a graph of hashable nodes (TopologicalSorter, CycleError)."""

__all__ = ["TopologicalSorter", "CycleError"]

# a node's marks while the sorter is prepared
_HANDED_OUT = -1  # returned by get_ready(), not yet done()
_DONE = -2


class _Node:
    __slots__ = ("node", "waiting_on", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0  # predecessors not done yet, or one of the marks above
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is one cycle, its first node repeated last."""


class TopologicalSorter:
    """Hands out the nodes of a graph so that each comes after all its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}  # node -> _Node, in order of first mention
        self._ready = None  # nodes whose predecessors are all done, once prepared
        self._handed_out = 0
        self._done = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        out = tuple(self._ready)
        for node in out:
            self._nodes[node].waiting_on = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(out)
        return out

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._done < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.waiting_on
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_on = _DONE
            for succ in info.successors:
                s = self._nodes[succ]
                s.waiting_on -= 1
                if s.waiting_on == 0:
                    self._ready.append(succ)
            self._done += 1

    def _find_cycle(self):
        # iterative depth-first search; `path` is the current chain, `on_path` its positions
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = []
            on_path = {}
            stack = [(start, iter(self._nodes[start].successors))]
            visited.add(start)
            on_path[start] = 0
            path.append(start)
            while stack:
                node, it = stack[-1]
                for succ in it:
                    if succ in on_path:
                        return path[on_path[succ]:] + [succ]
                    if succ not in visited:
                        visited.add(succ)
                        on_path[succ] = len(path)
                        path.append(succ)
                        stack.append((succ, iter(self._nodes[succ].successors)))
                        break
                else:
                    stack.pop()
                    del on_path[path.pop()]
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
