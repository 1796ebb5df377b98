# Width and alignment count code points (not display width).
for s in ["abc", "é", "e\u0301", "中文", "😀", ""]:
    print(repr(f"[{s:>6}]"), repr(f"[{s:^5}]"), repr(f"[{s:-<4}]"), len(s))
print(f"{'é':é^5}", f"{'x':😀>3}")
