def f(a: int, b: "str" = "x") -> bool:
    return True
print(f.__annotations__)
class C:
    x: int = 1
    y: str
print(C.__annotations__, C.x)
v: float = 2.5
print(__annotations__)
