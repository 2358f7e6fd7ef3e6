# Introspection of classes and instances: __dict__, __mro__, __bases__, __subclasses__, vars, dir.
class Animal:
    """An animal."""
    kind = 'generic'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return 'woof'
class Puppy(Dog):
    pass

p = Puppy('rex')
print(Puppy.__mro__)
print(Puppy.mro() == list(Puppy.__mro__), Puppy.__bases__, Dog.__base__, object.__bases__, object.__base__)
print(Animal.__subclasses__(), Dog.__subclasses__(), Puppy.__subclasses__())
print(Animal.__doc__, Dog.__doc__, Animal.__name__, Animal.__qualname__, Animal.__module__)
print(vars(p), p.__dict__ is vars(p), sorted(k for k in vars(Dog) if not k.startswith('__')))
print(type(Dog.__dict__).__name__, 'speak' in Dog.__dict__, 'speak' in Puppy.__dict__, Dog.__dict__['kind'])
print([n for n in dir(p) if not n.startswith('__')], len(dir(Animal)) > 20)
print(p.__class__, p.__class__.__class__, type(type), isinstance(Puppy, type), issubclass(Puppy, (int, Animal)))
print(Animal.speak, type(Animal.speak).__name__, type(p.speak).__name__, p.speak.__self__ is p, p.speak.__func__ is Dog.speak)
print(Animal.__init__.__qualname__, Animal.__init__.__code__.co_varnames, Animal.__init__.__defaults__)
print(getattr(p, 'kind'), getattr(Puppy, 'kind'), hasattr(p, 'name'), hasattr(Puppy, 'name'))
setattr(p, 'kind', 'instance kind')
print(p.kind, Puppy.kind, vars(p))
delattr(p, 'kind')
print(p.kind)
class Nested:
    class Inner:
        def method(self):
            pass
print(Nested.Inner.__qualname__, Nested.Inner.method.__qualname__, Nested.Inner.__module__)
def f(a, b=2, *args, c, d=4, **kw):
    """f's doc."""
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount,
      f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name, f.__module__)
print(type(f).__name__, type(len).__name__, type([].append).__name__, type(list.append).__name__, type(object.__init__).__name__,
      type(object().__init__).__name__, type(Dog.__dict__['speak']).__name__)
print(int.__mro__, bool.__mro__, type(None).__mro__, Exception.__mro__)
print(sorted(set(dir(p)) - set(dir(object))))
p.__class__ = Dog
print(type(p).__name__, p.speak())
def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)
attempt('assign __class__ int', lambda: setattr(p, '__class__', int))
attempt('vars of int', lambda: vars(5))
attempt('set attr on object()', lambda: setattr(object(), 'x', 1))
attempt('set attr on builtin type', lambda: setattr(int, 'x', 1))
attempt('__dict__ of int', lambda: (5).__dict__)
attempt('mro of instance', lambda: p.mro())
print(sorted(k for k in vars() if not k.startswith("__")))
Puppy.__mro__ = ()
