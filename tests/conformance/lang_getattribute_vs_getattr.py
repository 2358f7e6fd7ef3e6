# __getattribute__ runs for every lookup; __getattr__ only when normal lookup fails.
class Tracing:
    cls_attr = 'class value'
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('getattribute', name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print('getattr fallback', name)
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')

t = Tracing()
print(t.real)
print(t.cls_attr)
print(t.dyn_hello)
try:
    t.missing
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(t, 'nothing', 'default'))
print(hasattr(t, 'dyn_x'), hasattr(t, 'zzz'))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print('proxy set', name)
        setattr(self._target, name, value)

items = []
p = Proxy(items)
p.append(3)
p.extend([4, 5])
print(items, p.count(4), len(items))
class Box:
    pass
bp = Proxy(Box())
bp.color = 'red'
print(bp.color, vars(bp._target))

class Blocked:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('secret is hidden')
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback for {name}'
b = Blocked()
b.secret = 's'
b.visible = 'v'
print(b.secret, b.visible, b.__dict__)

class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raises().anything
except KeyError as e:
    print('KeyError', e)
print(getattr(Raises, 'mro')()[0].__name__)
class Counter:
    calls = 0
    def __getattr__(self, name):
        type(self).calls += 1
        return type(self).calls
c = Counter()
print(c.a, c.b, c.a, Counter.calls)
print(type(t).__getattribute__ is Tracing.__getattribute__)
t.missing_at_end
