# Building an aligned table with format specs.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.0), ("kiwi", 7, 1.125)]
header = f"{'name':<10}{'qty':>5}{'price':>9}{'total':>10}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5d}{price:>9.3f}{total:>10.2f}")
print("=" * len(header))
print(f"{'TOTAL':<24}{grand:>10.2f}")
print(f"{'centered':^34}")
print(f"|{'':-^32}|")
for i, (name, *_) in enumerate(rows, 1):
    print(f"{i:02d}. {name.title():.<12}{len(name):.>4}")
