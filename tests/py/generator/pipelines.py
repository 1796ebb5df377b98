# Generator pipelines for data processing.
lines = """# comment
alice,30,paris
bob,25,london

carol,35,paris
# another
dave,40,berlin""".splitlines()
def strip_comments(src):
    for line in src:
        if line and not line.startswith("#"):
            yield line
def parse(src):
    for line in src:
        name, age, city = line.split(",")
        yield {"name": name, "age": int(age), "city": city}
def where(src, **conds):
    for rec in src:
        if all(rec[k] == v for k, v in conds.items()):
            yield rec
def pick(src, field):
    for rec in src:
        yield rec[field]
records = list(parse(strip_comments(lines)))
print(records)
print(list(pick(where(iter(records), city="paris"), "name")))
print(sum(pick(records, "age")) / len(records))
def batched(src, n):
    batch = []
    for x in src:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(pick(records, "name"), 3)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])
