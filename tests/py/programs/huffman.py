# Huffman codes: build the tree with heapq, encode, decode, and compare sizes.
import heapq
from collections import Counter
def build_codes(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(heap[0][2], "")
    return codes
def encode(text, codes):
    return "".join(codes[ch] for ch in text)
def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    return "".join(out)
for text in ["abracadabra", "aaaaaaa", "the quick brown fox jumps over the lazy dog", "mississippi river"]:
    codes = build_codes(text)
    bits = encode(text, codes)
    assert decode(bits, codes) == text
    table = " ".join(f"{ch!r}:{code}" for ch, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])))
    print(f"{text!r}: {len(bits)} bits vs {8 * len(text)}; {table}")
packed = int(encode("abracadabra", build_codes("abracadabra")), 2).to_bytes(3, "big")
print(packed.hex())
