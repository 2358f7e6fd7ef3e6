# sys.getsizeof for range, slice, memoryview, functions, generators, instances, classes and
# user __sizeof__ overrides (getsizeof adds the GC header for GC types).
import sys
print(sys.getsizeof(range(10)), sys.getsizeof(range(2**100)), sys.getsizeof(slice(1, 2)), sys.getsizeof(memoryview(b'abc')))
def f(): pass
def g(a, b=1, *args, **kw):
    x = 1
    y = 2
    return x + y
print(sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lambda: 0))
def gen():
    yield 1
def gen2(n):
    a = b = c = d = 0
    for i in range(n):
        yield i
print(sys.getsizeof(gen()), sys.getsizeof(gen2(3)), sys.getsizeof(x for x in range(3)))
class Plain:
    pass
class Attrs:
    def __init__(self):
        self.a = 1
        self.b = 2
class Slots:
    __slots__ = ('a', 'b')
class Slots0:
    __slots__ = ()
class SlotsDict:
    __slots__ = ('a', '__dict__')
class Sub(Attrs):
    pass
class MyList(list):
    pass
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyTuple(tuple):
    pass
class E(Exception):
    pass
for o in [object(), Plain(), Attrs(), Slots(), Slots0(), SlotsDict(), Sub(), MyList(), MyInt(5), MyTuple((1, 2)), E()]:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), type(o).__basicsize__)
print(sys.getsizeof(Plain) > 0, sys.getsizeof(Slots) > 0, sys.getsizeof(int) > 0)
class Sized:
    def __sizeof__(self):
        return 1000
class SizedSlots:
    __slots__ = ()
    def __sizeof__(self):
        return 7
print(sys.getsizeof(Sized()), sys.getsizeof(SizedSlots()))
class Neg:
    def __sizeof__(self):
        return -1
class Bad:
    def __sizeof__(self):
        return 'x'
for cls in [Neg, Bad]:
    try:
        sys.getsizeof(cls())
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Bad(), 42), sys.getsizeof(1, 42))
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
print(sys.getsizeof(sys), sys.getsizeof(print), sys.getsizeof([].append))
