# Mapping patterns with rest capture.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extra {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"
for ev in [{"type": "click", "pos": (3, 4)}, {"type": "key", "key": "a", "mod": "ctrl"}, {"type": "key", "key": "b"},
           {"type": "scroll"}, {"other": 1}, {}, [("type", "click")], {"type": "click", "pos": (1, 2, 3)}]:
    print(handle(ev))
from collections import defaultdict
dd = defaultdict(int, {"a": 1})
match dd:
    case {"missing": _}:
        print("wrongly matched")
    case {"a": v}:
        print("defaultdict matched without creating keys", v, dict(dd))
