print(isinstance(3, (str, int)), isinstance("x", (int, float)), issubclass(bool, (str, int)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (A,)), isinstance(A, type), type(B()) is B, B.__bases__, A.__subclasses__())
