# Literal forms: numbers in all bases, underscores, strings, bytes, containers.
print(0b1010, 0o17, 0xFF, 0XaB, 0B11, 0O7)
print(1_000_000, 0x_ff, 1_0.5_0, 1e3, 1E-2, .5, 5., 1_0e1_0)
print(3j, 1.5j, 10J)
print('single', "double", '''triple
single''', """triple
double""")
print('a' 'b' "c", 'con' \
      'tinued')
print(r'raw\n', R"raw\t", b'bytes', B"BYTES", rb'\x00', Rb"\d", BR'x')
print('\x41\u00e9\U0001F600\N{BULLET}\101\t|')
print("esc: \\ \' \" \a\b\f\v".encode())
print([], [1], [1, 2,], (), (1,), (1, 2,), {}, {1}, {1: 2})
print(None, True, False, ..., Ellipsis)
print(type(...).__name__, ... is Ellipsis)
print(0 == -0, 0.0 == -0.0, 00, 0_0)
print("""\
no leading newline""")
print(len("""
"""))
