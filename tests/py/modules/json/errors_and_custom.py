# json decode errors, custom encoders/decoders, circular references.
import json
bad_docs = ['{"a": 1,}', "[1, 2", "", '{"a" 1}', "tru", '"unterminated', "[1] x", "{'single': 1}", "01", '"\\x"', "[-]"]
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r:18} {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
print(issubclass(json.JSONDecodeError, ValueError))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)
s = json.dumps({"p": Point(1, 2), "list": [Point(3, 4)]}, cls=PointEncoder)
print(s)
def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
back = json.loads(s, object_hook=hook)
print(type(back["p"]).__name__, back["p"].x, back["list"][0].y)
print(json.dumps([1, {2, 3}] if False else [1, (2, 3)], default=list), json.dumps({"s": {3, 1}}, default=sorted))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
import io
buf = io.StringIO()
json.dump({"streamed": True}, buf)
buf.seek(0)
print(buf.getvalue(), json.load(buf))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(list(json.JSONEncoder().iterencode([1, "a"])))
