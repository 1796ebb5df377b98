# Empty bodies using pass and ..., and docstrings.
def f():
    pass
def g():
    ...
def h():
    "only a docstring"
class Empty:
    pass
class Dots: ...
print(f(), g(), h(), h.__doc__)
print(Empty.__name__, Dots.__name__, Empty.__doc__)
class Documented:
    """Class doc."""
    def method(self):
        """Method doc."""
print(Documented.__doc__, Documented.method.__doc__)
def not_doc():
    x = 1
    "not a docstring"
print(not_doc.__doc__)
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
print("done")
