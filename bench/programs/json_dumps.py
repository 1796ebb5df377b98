# Serializing nested data to JSON text with a hand-written encoder: isinstance dispatch, recursion,
# string escaping, joins, dict iteration, float and int formatting.
import _bench

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def quote(s):
    if any(c in ESCAPES for c in s):
        s = "".join(ESCAPES.get(c, c) for c in s)
    return '"' + s + '"'


def dumps(obj, indent=0):
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (int, float)):
        return repr(obj)
    pad = "\n" + "  " * (indent + 1)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [quote(str(k)) + ": " + dumps(v, indent + 1) for k, v in obj.items()]
        return "{" + pad + ("," + pad).join(items) + "\n" + "  " * indent + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + pad + ("," + pad).join(dumps(v, indent + 1) for v in obj) + "\n" + "  " * indent + "]"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def make_data(n):
    return {
        "users": [
            {"id": i, "name": f"user {i}", "active": i % 3 != 0, "score": i * 1.5,
             "tags": ["a", "b\tc", 'quote"d'][: i % 4], "address": {"city": "Town\n" + str(i % 7), "zip": None}}
            for i in range(n)
        ],
        "meta": {"count": n, "version": (1, 2, 3), "empty": {}, "nothing": []},
    }


def main():
    data = make_data(300)
    total = 0
    for _ in range(8):
        text = dumps(data)
        total += len(text)
    return total, text[:40]


_bench.run("json_dumps", main)
