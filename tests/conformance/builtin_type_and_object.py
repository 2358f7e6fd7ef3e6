print(type(1), type("s"), type([]), type(type), type(None), type(len), type(print), type(lambda: 0))
print(object().__class__, int.__name__, str.__mro__, bool.__bases__, type.__base__)
class M(type): pass
class C(metaclass=M): pass
print(type(C).__name__, isinstance(C, M), isinstance(C, type), C.__class__.__name__)
T = type("T", (object,), {"x": 5, "hello": lambda self: "hi"})
print(T.x, T().hello(), T.__name__, T.__bases__)
