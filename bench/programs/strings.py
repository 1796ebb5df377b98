# String building, slicing, methods, f-strings, join/split.
import _bench


def main():
    parts = []
    for i in range(60000):
        s = f"item-{i}:{i * 3}"
        if s.startswith("item-1"):
            parts.append(s.upper())
        elif s[-1] == "0":
            parts.append(s.replace("-", "_"))
        elif i % 7 == 0:
            parts.append(s[5:].strip("0").center(12, "."))
    text = ",".join(parts)
    words = text.split(",")
    return len(text), text.count("ITEM"), len(words), max(words, key=len), text.find("item_2990")


_bench.run("strings", main)
