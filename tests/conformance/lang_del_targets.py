# del of names, attributes, subscripts, slices and tuples of targets; the errors it raises.
class Logged(dict):
    def __delitem__(self, key):
        print('__delitem__', key)
        super().__delitem__(key)

class Obj:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
    def __delattr__(self, name):
        print('__delattr__', name)
        super().__delattr__(name)

o = Obj()
del o.a
print(sorted(vars(o)))
del o.b, o.c
print(vars(o))

d = Logged(x=1, y=2, z=3)
del d['x']
del d['y'], d['z']
print(d)

items = list(range(10))
del items[0]
del items[-1]
print(items)
del items[::2]
print(items)
del items[1:3]
print(items)
del items[:]
print(items)

nested = {'k': [1, 2, {'inner': 5}]}
del nested['k'][2]['inner']
del nested['k'][0]
print(nested)

x = y = 10
del x
print('x' in globals(), y)
a, b = 1, 2
del (a, b)
print('a' in dir(), 'b' in dir())
grid = [[1, 2], [3, 4]]
del [grid[0][0], grid[1][1]]
print(grid)

def local_del():
    v = 'value'
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f'UnboundLocalError: {e}'

print(local_del())

def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

def del_global_missing():
    global never_defined
    del never_defined
attempt('del missing global', del_global_missing)
attempt('del missing key', lambda: d.__delitem__('nope'))
attempt('del list index', lambda: items.__delitem__(5))
attempt('del tuple item', lambda: (1, 2).__delitem__(0))
attempt('del str item', lambda: 'ab'.__delitem__(0))
attempt('del missing attr', lambda: o.__delattr__('zzz'))
attempt('del int attr', lambda: (5).__delattr__('real'))
class Slots:
    __slots__ = ('s',)
sl = Slots()
attempt('del unset slot', lambda: delattr(sl, 's'))
sl.s = 1
del sl.s
print(hasattr(sl, 's'))
del undefined_name
