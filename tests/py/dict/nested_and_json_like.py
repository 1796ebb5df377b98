# Working with nested dict structures.
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": True, "users": [{"name": "a", "roles": ["x"]}]}
print(config["db"]["ports"][1], config["users"][0]["roles"], config.get("missing", {}).get("deep", "n/a"))
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
print(flatten(config))
def deep_get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(deep_get(config, "db.host"), deep_get(config, "db.nope", "?"), deep_get(config, "debug.x"))
import copy
c2 = copy.deepcopy(config)
c2["db"]["ports"].append(1)
print(config["db"]["ports"], c2["db"]["ports"])
