# Pancake flipping over all permutations: list slicing and reversal, index loops, swaps.
import _bench


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        # count the flips of this permutation
        p = perm[:]
        flips = 0
        first = p[0]
        while first:
            p[:first + 1] = p[first::-1]
            flips += 1
            first = p[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        sign = -sign
        # next permutation (rotations of prefixes, counted per position)
        while r != 1:
            counts[r - 1] = r
            r -= 1
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            counts[r] -= 1
            if counts[r] > 0:
                break
            r += 1


def main():
    return fannkuch(8)


_bench.run("fannkuch", main)
