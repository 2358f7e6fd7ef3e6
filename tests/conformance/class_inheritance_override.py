class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __str__(self):
        return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in (Animal("x"), Dog("rex"), Puppy("bit")):
    print(a, a.speak(), isinstance(a, Dog))
print(Puppy.__mro__[1].__name__, Dog.__base__.__name__, issubclass(Puppy, Animal))
