# Classes under reference counting and the cycle collector: a class is tracked, owns its
# bases and its MRO (itself first), each instance owns a reference to its class, and a class
# nothing refers to is freed by the cycle collector, not at once.
import gc, sys, weakref

gc.disable()

class A:
    pass

print("tracked:", gc.is_tracked(A), gc.is_tracked(A.__dict__["__dict__"]), gc.is_tracked(A()))
print("a fresh class:", sys.getrefcount(A))
a, b = A(), A()
print("with two instances:", sys.getrefcount(A))
class B(A):
    __slots__ = ("x",)
print("with a subclass:", sys.getrefcount(A), sys.getrefcount(B), gc.is_tracked(B.__dict__["x"]))
print(A.__subclasses__(), A in gc.get_referents(B))
r = weakref.ref(B)
del B
print("a deleted subclass lives until a collection:", r() is not None)
gc.collect()
print("after the collection:", r(), A.__subclasses__())
del a, b
print("instances gone:", sys.getrefcount(A))

class C:
    def who(self):
        return __class__
c = C()
rc = weakref.ref(C)
del C
print("the instance keeps its class:", type(c).__name__, c.who() is type(c), rc() is not None)
del c
gc.collect()
print("a class with a __class__ cell is collected:", rc() is None)

def make():
    class Local:
        def __init__(self):
            self.me = self
    return Local()
x = make()
rl = weakref.ref(type(x))
del x
print("local class alive before:", rl() is not None)
gc.collect()
print("local class and its instance cycle collected:", rl() is None)
print("A is tracked in get_objects:", any(o is A for o in gc.get_objects()))
