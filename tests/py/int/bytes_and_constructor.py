# int.to_bytes / int.from_bytes, and int() from strings, bytes, floats and objects.
for v, l, order, signed in [(1024, 2, 'big', False), (1024, 2, 'little', False), (-1, 2, 'big', True), (-129, 2, 'little', True),
                            (0, 0, 'big', False), (255, 1, 'big', False), (-128, 1, 'big', True), (2 ** 64 - 1, 8, 'little', False)]:
    print(v, (v).to_bytes(l, order, signed=signed))
print((5).to_bytes(), (5).to_bytes(2), (5).to_bytes(length=3, byteorder='little'), (65).to_bytes(1, byteorder='big'))
for b, order, signed in [(b'\x04\x00', 'big', False), (b'\x04\x00', 'little', False), (b'\xff\xff', 'big', True), (b'', 'big', True),
                         (b'\x80', 'big', True), (bytearray(b'\x01\x02'), 'big', False), ([1, 2, 3], 'little', False), ((255,), 'big', True)]:
    print(int.from_bytes(b, order, signed=signed))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(bytes=b'\x02', byteorder='little'), bool.from_bytes(b'\x01'), type(bool.from_bytes(b'\x00')).__name__)
class MyInt(int):
    pass
print(MyInt.from_bytes(b'\x07'), type(MyInt.from_bytes(b'\x07')).__name__)
for f in [lambda: (300).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (5).to_bytes(1, 'middle'), lambda: (5).to_bytes(-1, 'big'),
          lambda: (5).to_bytes(2, 'big', True), lambda: (5).to_bytes(2, 1), lambda: (5).to_bytes(2.0), lambda: (1).to_bytes(0, 'big'),
          lambda: int.from_bytes([1, 256]), lambda: int.from_bytes('ab'), lambda: int.from_bytes(1), lambda: int.from_bytes([-1])]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(int(), int(7), int(-7.9), int(7.9), int(1e20), int('  -12  '), int('0x1f', 0), int('0b101', 0), int('0o17', 0), int('1_000'))
print(int('z', 36), int('ZZ', 36), int('10', base=2), int(b'42'), int(bytearray(b' 17 ')), int('٣'), int(True), int(-0.0))
class IntLike:
    def __int__(self):
        return 4
class Idx:
    def __index__(self):
        return 6
print(int(IntLike()), int(Idx()), int('11', 6), int(MyInt(5)), type(int(MyInt(5))).__name__)
for f in [lambda: int('12', 1), lambda: int('12', 37), lambda: int(1.5, 2), lambda: int(b'ab'), lambda: int([]), lambda: int(x=1),
          lambda: int(base=10), lambda: int('1', 2, 3), lambda: int('z', 36.0), lambda: int(float('nan')), lambda: int(float('inf')),
          lambda: int(''), lambda: int('1__0'), lambda: int('010', 0), lambda: int('12a'), lambda: int(bytearray(b'x'))]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
m = MyInt(12)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, -m, type(-m).__name__, m * 2, m == 12, hash(m) == hash(12), MyInt('ff', 16))
print(int.__new__(MyInt, 3), type(int.__new__(MyInt, '4')).__name__, MyInt(), m.real, type(m.real).__name__, m.__index__())
