class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"Base({self.x})"
class Mid(Base):
    def describe(self):
        return "Mid<" + super().describe() + ">"
class Leaf(Mid):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Leaf[" + super().describe() + f", {self.y}]"
print(Leaf(1, 2).describe())
print([c.__name__ for c in Leaf.__mro__])
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
