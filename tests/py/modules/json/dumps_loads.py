# json: dumps/loads round trips and formatting options.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True}, "empty": [], "e2": {}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, type(json.loads(s)).__name__)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, 2], indent="\t"))
print(json.dumps("héllo ☃ 😀"), json.dumps("héllo ☃", ensure_ascii=False), json.dumps("\"quote\" \\ \n\t\x01"))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 30), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "bool key", None: "none key", 2.5: "float"}), json.dumps([]), json.dumps(None))
print(json.loads('{"a": [1, 2.0, "3", null, true, false]}'), json.loads("123"), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("1e3"))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads('{"a": 1, "a": 2}'), json.loads(" [ ] "), json.loads('"\\/"'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads("1.5", parse_float=str), json.loads("7", parse_int=float))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(set())
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"k": 1}, skipkeys=True), json.dumps({(1,): 1, "ok": 2}, skipkeys=True))
