def bold(f):
    def w(*a, **k):
        return "<b>" + f(*a, **k) + "</b>"
    return w
def italic(f):
    def w(*a, **k):
        return "<i>" + f(*a, **k) + "</i>"
    return w
@bold
@italic
def greet(name, punct="!"):
    return f"hello {name}{punct}"
print(greet("ann"), greet("bo", punct="?"))
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
class Register:
    items = []
    def __call__(self, f):
        self.items.append(f.__name__)
        return f
reg = Register()
@reg
def one(): pass
@reg
def two(): pass
print(reg.items)
