# collections.defaultdict, Counter and OrderedDict basics.
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
cnt = defaultdict(int)
for ch in "mississippi":
    cnt[ch] += 1
print(sorted(cnt.items()))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], sum(c.values()))
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2)
c.update("zzz")
c.subtract({"a": 10})
print(c["z"], c["a"], +c)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
dd2 = defaultdict(lambda: "missing")
print(dd2["x"], dict(dd2))
try:
    defaultdict()["k"]
except KeyError as e:
    print("KeyError:", e)
