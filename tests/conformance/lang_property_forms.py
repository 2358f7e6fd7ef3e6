# property: getter/setter/deleter chains, docstrings, errors, and property objects themselves.
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """Degrees Celsius."""
        print('get celsius')
        return self._c
    @celsius.setter
    def celsius(self, value):
        print('set celsius', value)
        self._c = float(value)
    @celsius.deleter
    def celsius(self):
        print('delete celsius')
        self._c = 0.0
    def _get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f, doc='Degrees Fahrenheit (read-only).')
    kelvin = property(lambda self: self._c + 273.15)

t = Temperature()
t.celsius = 25
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
del t.celsius
print(t.celsius)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__, Temperature.kelvin.__doc__)
p = Temperature.__dict__['celsius']
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)
print(p.__isabstractmethod__, isinstance(p, property), callable(p.fget))

def attempt(label, fn):
    try:
        print(label, fn())
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)

def set_f():
    t.fahrenheit = 100
def del_f():
    del t.fahrenheit
def set_k():
    t.kelvin = 1
attempt('set read-only', set_f)
attempt('delete read-only', del_f)
attempt('set lambda property', set_k)
attempt('call property', lambda: p())
attempt('property bad kw', lambda: property(fget=1, bogus=2))

class Base:
    @property
    def name(self):
        return 'base'
class Child(Base):
    @Base.name.getter
    def name(self):
        return 'child via ' + super().name
    @name.setter
    def name(self, v):
        print('child setter', v)
c = Child()
c.name = 'x'
print(c.name, Base().name)
class Manual:
    def get(self):
        return 'manual'
    x = property()
    x = x.getter(get)
print(Manual().x, Manual.x.fget is Manual.get)
class Sub(property):
    pass
class UsesSub:
    @Sub
    def v(self):
        return 42
print(UsesSub().v, type(UsesSub.__dict__['v']).__name__)
class Raises:
    @property
    def broken(self):
        raise AttributeError('inner problem')
    def __getattr__(self, name):
        return f'__getattr__ fallback for {name}'
print(Raises().broken)
prop_only = property(doc='only a doc')
class Empty:
    x = prop_only
attempt('get unreadable', lambda: Empty().x)
print(Empty.x.__doc__)
Temperature().fahrenheit = 5
