# Single inheritance, overriding, super().
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{type(self).__name__} {self.name}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in (Animal("generic"), Cat("tom"), Lion("leo", "east")):
    print(a.describe())
l = Lion("x", "y")
print(isinstance(l, Cat), isinstance(l, Animal), issubclass(Lion, Animal), issubclass(Animal, Lion))
print(Lion.__bases__, Lion.__base__, [c.__name__ for c in Lion.__mro__], Lion.mro() == list(Lion.__mro__))
print(Cat.__subclasses__(), Animal.__subclasses__())
print(issubclass(Lion, (int, Cat)), isinstance(l, (int, str)), issubclass(bool, int))
