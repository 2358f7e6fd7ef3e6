class A:
    x = "class"
    def __init__(self):
        self.x = "instance"
a = A()
print(a.x, A.x, type(a).x)
del a.x
print(a.x)
class D:
    def __get__(self, obj, t): return "descriptor"
    def __set__(self, obj, v): print("set", v)
class B:
    y = D()
b = B()
b.__dict__["y"] = "dict"
print(b.y)
b.y = 5
