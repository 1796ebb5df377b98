# Values flow through nested awaits; the outer driver sees inner yields.
class Req:
    def __init__(self, key): self.key = key
    def __await__(self):
        return (yield ("get", self.key))
async def fetch(key):
    v = await Req(key)
    return v * 2
async def fetch_all(keys):
    results = {}
    for k in keys:
        results[k] = await fetch(k)
    return results
store = {"a": 1, "b": 5, "c": 7}
coro = fetch_all(["a", "b", "c"])
reply = None
requests = []
while True:
    try:
        op, key = coro.send(reply)
    except StopIteration as e:
        print("results:", e.value)
        break
    requests.append(key)
    reply = store[key]
print("requests:", requests)
