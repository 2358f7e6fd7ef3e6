# __init_subclass__ with keyword arguments, class keyword forwarding and errors.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry.append(cls)
        print('registered', cls.__name__, name, priority)

class Alpha(Plugin, name='alpha', priority=3):
    pass

class Beta(Plugin):
    pass

class Gamma(Beta, priority=9):
    pass

print([(c.__name__, c.plugin_name, c.priority) for c in Plugin.registry])
print(sorted(Plugin.registry, key=lambda c: -c.priority)[0].__name__)

class Base:
    def __init_subclass__(cls, **kwargs):
        print('Base.__init_subclass__', cls.__name__, kwargs)
        super().__init_subclass__()

class Mixin:
    def __init_subclass__(cls, flavor='plain', **kwargs):
        print('Mixin.__init_subclass__', cls.__name__, flavor)
        super().__init_subclass__(**kwargs)

class Combined(Mixin, Base, flavor='mint', extra=1):
    pass

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('Meta.__new__', name, kwargs)
        return super().__new__(mcls, name, bases, ns, **kwargs)
    def __init__(cls, name, bases, ns, **kwargs):
        print('Meta.__init__', name, kwargs)
        super().__init__(name, bases, ns)

class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, color='none'):
        print('WithMeta.__init_subclass__', cls.__name__, color)

class Child(WithMeta, color='blue'):
    pass

print(type(Child).__name__, Child.__mro__[1].__name__)
try:
    class Wrong(Beta, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print('TypeError:', e)
def isc(cls):
    print('implicit classmethod', cls.__name__)
class Auto:
    __init_subclass__ = isc
class AutoChild(Auto):
    pass
print(type(Auto.__dict__['__init_subclass__']).__name__)
class Strict:
    def __init_subclass__(cls, **kwargs):
        if 'required' not in kwargs:
            raise TypeError(f'{cls.__name__} needs required=')
class Ok(Strict, required=1):
    pass
print('Ok made')
class NotOk(Strict):
    pass
