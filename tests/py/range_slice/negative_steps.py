# Negative step slicing across sequence types.
seq_types = [list(range(8)), tuple(range(8)), "abcdefgh", b"abcdefgh", range(8)]
for seq in seq_types:
    print(type(seq).__name__, seq[::-1], seq[6:2:-1], seq[-1:-4:-1], seq[::-3], seq[2::-1], seq[:2:-2])
