# Truth values of builtin objects in conditions and bool().
values = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", [], [0], (), (0,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), b"", b"\0", bytearray()]
for v in values:
    print(repr(v), bool(v), "T" if v else "F")
print(not [], not not [], not None)
class Thing: pass
print(bool(Thing()))
print(bool(frozenset()), bool(frozenset([1])))
