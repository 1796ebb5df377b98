# String building, slicing, methods, f-strings.
parts = []
for i in range(200000):
    s = f"item-{i}:{i * 3}"
    if s.startswith("item-1"):
        parts.append(s.upper())
    elif s[-1] == "0":
        parts.append(s.replace("-", "_"))
text = ",".join(parts)
print(len(text), text.count("ITEM"), len(text.split(",")))
