# Bitwise and shift operator dunders with reflection.
class Bits:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Bits({bin(self.v)})"
    def __and__(self, o): return Bits(self.v & int(o))
    def __or__(self, o): return Bits(self.v | int(o))
    def __xor__(self, o): return Bits(self.v ^ int(o))
    def __lshift__(self, o): return Bits(self.v << int(o))
    def __rshift__(self, o): return Bits(self.v >> int(o))
    def __rand__(self, o): return Bits(o & self.v)
    def __ror__(self, o): return Bits(o | self.v)
    def __rxor__(self, o): return Bits(o ^ self.v)
    def __rlshift__(self, o): return Bits(o << self.v)
    def __rrshift__(self, o): return Bits(o >> self.v)
    def __int__(self): return self.v
b = Bits(0b1010)
print(b & 0b0110, b | 1, b ^ 0b1111, b << 2, b >> 1)
print(0b0110 & b, 1 | b, 0b1111 ^ b, 1 << Bits(3), 256 >> Bits(4))
print(b & Bits(3), int(b))
