# types (SimpleNamespace, MappingProxyType, FunctionType & co, new_class, coroutine-free
# helpers) and abc (ABC, abstractmethod, abstract properties/classmethods, register,
# __subclasshook__, isinstance/issubclass).
import types
import abc

ns = types.SimpleNamespace(b=2, a=1)
ns.c = [3]
print(ns, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(a=1, b=2, c=[3]), ns != types.SimpleNamespace(a=1))
print(vars(ns), ns.a, sorted(ns.__dict__), hasattr(ns, 'zz'))
del ns.b
print(ns)
try:
    ns.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)
rec = types.SimpleNamespace(x=1)
rec.self = rec
print(rec)
mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp, mp['k'], len(mp), list(mp), 'j' in mp, mp.get('z', 0), dict(mp.items()), mp.copy())
try:
    mp['k'] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(type(e).__name__, e)

def func():
    pass

class K:
    def meth(self):
        pass

print(isinstance(func, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(K().meth, types.MethodType), isinstance(func.__code__, types.CodeType), isinstance(types, types.ModuleType))
print(isinstance((x for x in []), types.GeneratorType), types.NoneType, types.NotImplementedType, types.EllipsisType)
print(type(K.__dict__).__name__, types.FunctionType.__name__, types.BuiltinMethodType is types.BuiltinFunctionType)
m = types.ModuleType('made', 'docstring')
m.value = 9
print(m.__name__, m.__doc__, m.value, repr(m)[:14])
bound = types.MethodType(lambda self, y: (self, y), 'S')
print(bound(5))
C = types.new_class('C', (K,), exec_body=lambda ns: ns.update({'z': 26}))
print(C.__name__, C.z, C.__mro__[1] is K)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...
    def describe(self):
        return f'{self.name}: {self.area()}'

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Half(Shape):
    def area(self):
        return 1

try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class Square(Half):
    name = 'square'

print(Square().describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, isinstance(Square(), Shape))

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized), issubclass(int, Sized))

class Plugin(metaclass=abc.ABCMeta):
    pass

Plugin.register(int)
print(isinstance(3, Plugin), issubclass(bool, Plugin), issubclass(str, Plugin), Plugin.register(str) is str, isinstance('s', Plugin))
try:
    Plugin.register(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(Shape).__name__, abc.ABCMeta.__name__, getattr(Shape.area, '__isabstractmethod__', False), getattr(Square.area, '__isabstractmethod__', False))
