class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says woof"
    def __repr__(self):
        return f"Dog({self.name!r})"
d = Dog("Rex")
print(d, d.speak(), Dog.species, d.species, type(d).__name__, Dog.__name__, Dog.__qualname__)
print(isinstance(d, Dog), Dog.speak(d), getattr(d, "name"), d.__dict__)
