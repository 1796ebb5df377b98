# Manual binary parsing with int.from_bytes and slicing.
packet = bytes([0x01, 0x00, 0x10, 0x41, 0x42, 0x43, 0xFF, 0xFE])
version = packet[0]
length = int.from_bytes(packet[1:3], "big")
payload = packet[3:6]
checksum = int.from_bytes(packet[6:], "little", signed=True)
print(version, length, payload, payload.decode(), checksum)
out = bytearray()
for value in (1, 300, 65535):
    out += value.to_bytes(2, "big")
print(out.hex(" "), [int.from_bytes(out[i:i + 2], "big") for i in range(0, len(out), 2)])
def crc(data):
    c = 0
    for b in data:
        c = (c * 31 + b) & 0xFFFFFFFF
    return c
print(crc(b"hello world"), crc(bytearray(b"")), crc(memoryview(b"x")))
