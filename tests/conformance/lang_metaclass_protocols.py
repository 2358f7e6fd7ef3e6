# Metaclasses: __prepare__, __new__/__init__/__call__, class keywords, __instancecheck__.
from collections import OrderedDict

class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name, [b.__name__ for b in bases], kw)
        ns = {'injected': 'from prepare'}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print('__new__', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('__init__', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print('__call__', cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Model(metaclass=Recording, table='models'):
    field = 1
    def __init__(self, value=0):
        self.value = value

m = Model(5)
print(m.value, Model.injected, type(Model).__name__, isinstance(Model, Recording))

class Derived(Model, extra=True):
    other = 2
print(type(Derived).__name__, Derived.injected, Derived().value)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name='default'):
        self.name = name
print(Config('first') is Config('second'), Config().name)

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        return 'quack'
print(isinstance(Mallard(), Quacker), isinstance(5, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedDict()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith('__')]
        return cls
class Fields(metaclass=Ordered):
    zeta = 1
    alpha = 2
    mid = 3
print(Fields.order)
Dynamic = Recording('Dynamic', (), {'x': 1})
print(Dynamic.x, Dynamic.__name__, type(Dynamic).__name__)
Plain = type('Plain', (object,), {'greet': lambda self: 'hi', '__doc__': 'made by type()'})
print(Plain().greet(), Plain.__doc__, Plain.__qualname__, Plain.__module__)
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
attempt('metaclass conflict', lambda: type('C', (A, B), {}))
attempt('type() with 2 args', lambda: type('X', ()))
attempt('type() bases not tuple', lambda: type('X', [], {}))
attempt('type() dict not dict', lambda: type('X', (), []))
attempt('prepare returns non-mapping', lambda: type.__prepare__())
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
class Broken(metaclass=BadPrepare):
    pass
