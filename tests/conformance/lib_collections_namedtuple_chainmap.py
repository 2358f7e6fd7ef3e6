# collections.namedtuple, ChainMap and defaultdict in depth.
from collections import namedtuple, ChainMap, defaultdict

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], Point._fields, p._asdict())
print(p._replace(x=10), Point._make([5, 6]), p == (1, 2), hash(p) == hash((1, 2)))
try:
    p._replace(z=3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__name__)
R = namedtuple('R', 'def class x', rename=True)
print(R._fields)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple('Bad', 'a _b')
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple('Bad', 'a 1b')
except ValueError as e:
    print(type(e).__name__, e)
a, b = p
print(a, b, list(p), p + (3,), p * 2, p.count(1), p.index(2), repr(Point(x='s', y=None)))

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm.get('z', 'none'), len(cm), sorted(cm))
cm['d'] = 4
print(over, base)
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], child.maps[0])
del cm['b']
print(cm)
try:
    del cm['a']
except KeyError as e:
    print(type(e).__name__, e)
try:
    ChainMap()['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(dict(ChainMap({'x': 1}, {'x': 2, 'y': 3})), ChainMap() == {}, list(ChainMap({'p': 1}, {'q': 2})))

dd = defaultdict(list)
dd['k'].append(1)
dd['j']
print(dd, dict(dd), dd.default_factory)
di = defaultdict(int, {'z': 5})
di['y'] += 2
print(di, repr(defaultdict()), defaultdict(None, a=1))
nd = defaultdict()
try:
    nd['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(di.copy(), type(di.copy()).__name__, di.get('nope'), 'nope' in di)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
