# A custom sequence with __len__ and __getitem__ supports slicing via slice objects.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i
sq = Squares(6)
print(len(sq), sq[2], sq[-1], sq[1:4], sq[::-2], list(sq), 16 in sq, list(reversed(sq)))
print(sorted(sq, reverse=True), sum(sq), max(sq))
for i, v in enumerate(sq):
    if i > 2:
        break
    print(i, v)
