# Class decorators: registration, adding methods, wrapping, and order of application.
registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def with_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({fields})'
    cls.__repr__ = __repr__
    return cls

def tag(label):
    def deco(cls):
        print('tagging', cls.__name__, 'with', label)
        cls.label = label
        return cls
    return deco

@register
@with_repr
@tag('first')
@tag('second')
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 'two'), Point.label, sorted(registry))

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.wrapped = cls
    return get

@singleton
class Config:
    def __init__(self, name):
        self.name = name

a = Config('a')
b = Config('b')
print(a is b, a.name, type(Config).__name__, Config.wrapped.__name__)

def count_instances(cls):
    original = cls.__init__
    cls.count = 0
    def __init__(self, *args, **kwargs):
        cls.count += 1
        original(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

@count_instances
class Widget:
    def __init__(self, size=1):
        self.size = size

ws = [Widget(i) for i in range(3)]
print(Widget.count, [w.size for w in ws])

def replace_with_string(cls):
    return f'<replaced {cls.__qualname__}>'

@replace_with_string
class Gone:
    pass

print(Gone)

class Outer:
    @with_repr
    class Inner:
        def __init__(self):
            self.v = [1]
print(Outer.Inner(), Outer.Inner.__qualname__)
decorators = [register, with_repr]
@decorators[1]
class Z:
    pass
z = Z(); z.q = 3
print(z)

def broken(cls):
    raise RuntimeError(f'cannot decorate {cls.__name__}')

@broken
class Fails:
    pass
