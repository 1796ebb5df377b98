# Class definition, instances, attributes, methods.
class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.speak(), d.birthday().age, d.species, Dog.species, type(d).__name__, type(d) is Dog)
d.species = "own"
print(d.species, Dog.species, vars(d))
del d.species
print(d.species)
Dog.species = "changed"
print(d.species, Dog("x", 1).species)
print(isinstance(d, Dog), isinstance(d, object), Dog.__name__, Dog.__qualname__, Dog.__module__)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog()
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))
print(Dog.speak(d), getattr(d, "name"), hasattr(d, "age"))
