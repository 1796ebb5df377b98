# A toy RSA round trip with big integers, modular inverse and CRT (deterministic primes).
from math import gcd
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n
p = next_prime(10 ** 40 + 12345)
q = next_prime(3 * 10 ** 39 + 777)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
assert gcd(e, phi) == 1
d = pow(e, -1, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d mod 1e9:", d % 10 ** 9)
msg = "gilt runs Python!"
m = int.from_bytes(msg.encode(), "big")
c = pow(m, e, n)
print("cipher:", hex(c)[:40] + "...")
back = pow(c, d, n)
print(back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = (qinv * (m1 - m2)) % p
print("CRT matches:", m2 + h * q == m)
sig = pow(int.from_bytes(b"signed", "big"), d, n)
print("signature verifies:", pow(sig, e, n) == int.from_bytes(b"signed", "big"))
