# An uncaught KeyError in a nested call: traceback to stderr, exit status 1, stdout kept.
config = {"name": "demo"}
def get(key):
    return config[key]
print("name:", get("name"))
print("port:", get("port"))
