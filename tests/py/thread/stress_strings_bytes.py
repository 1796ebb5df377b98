# timeout: 60
# Stress: 16 threads build strings and bytes (joins, formatting, slicing,
# interning candidates) and publish them in a shared dict and list. (Heap
# checker.)
import sys
import threading

N, K = 16, 500
published = {}
chunks = []
barrier = threading.Barrier(N)


def worker(k):
    barrier.wait()
    parts = []
    for i in range(K):
        s = f"{k:02d}-{i:04d}"
        parts.append(s)
        published[s] = s.encode() + bytes([i % 256])
        if i % 50 == 49:
            chunks.append("|".join(parts[-50:]))
        name = sys.intern("name_" + str(i % 20))
        published.setdefault(name, name)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(published), len(chunks))
print(all(published[f"{k:02d}-{i:04d}"] == f"{k:02d}-{i:04d}".encode() + bytes([i % 256])
          for k in range(N) for i in range(K)))
print(sorted(c.count("|") for c in chunks)[0], len("".join(chunks)))
print(all(published["name_" + str(j)] is sys.intern("name_" + str(j)) for j in range(20)))
