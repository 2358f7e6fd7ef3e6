import sys, types, gc
u = int | None
print(repr(u), u.__args__, u.__parameters__, sys.getsizeof(u), type(u), u.__module__, gc.is_tracked(u))
print(hash(u) == hash(frozenset(u.__args__)), (int | str) == (str | int), int | int, (int | str) | float, list[int] | None)
print(isinstance(1, int | str), issubclass(bool, int | None), types.UnionType, isinstance(None, int | None))
for e in ['int|3', '(int|str)[int]', 'types.UnionType()', 'isinstance(1, list[int]|str)', '3|int', '(int|str).foo', 'int|"x"', 'None|None']:
    try:
        print(eval(e))
    except Exception as x:
        print(type(x).__name__, x)
print(dir(int | str))
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3))
class A: pass
print(A | None, None | A, (A | int).__args__, type(None) | None)
print(list[int] | list[int], (list[int] | dict[str, int]).__args__)
def f(x: int | None = None) -> list[str] | None:
    return x
print(f.__annotations__)
print((int | str) != (int | float), {int | str: 1}[str | int])
class B(int): pass
print(isinstance(B(), A | int), issubclass(B, str | float))
try:
    class C(types.UnionType): pass
except TypeError as e:
    print(e)
x = int | str
print(sys.getrefcount(x), sys.getrefcount(x.__args__))
print(types.UnionType.__doc__)
# Static types deriving from object without a constructor of their own cannot be called.
for t in (type(iter([])), type((i for i in [])), type(int | str)):
    try:
        t()
    except TypeError as e:
        print(e)
