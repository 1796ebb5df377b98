# PEP 678 notes on exceptions.
try:
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("in file config.ini")
        raise
except ValueError as e:
    print(e, e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = ["custom list"]
e.add_note("appended")
print(e.__notes__)
