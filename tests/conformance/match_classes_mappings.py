# match statements: class patterns (__match_args__, self-matching builtins, dataclasses) and
# mapping patterns (**rest, .get lookups, defaultdict), and the ABC flags behind them.
import collections
import collections.abc
from dataclasses import dataclass, field


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'on the y axis at {y}'
        case Point(x, 0):
            return f'on the x axis at {x}'
        case Point(x=x, y=y) if x == y:
            return f'on the diagonal at {x}'
        case Point():
            return f'somewhere: {p}'
        case _:
            return 'not a point'


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (0, 0)]:
    print(where(p))


@dataclass
class Order:
    item: str
    qty: int = 1
    notes: list = field(default_factory=list)
    secret: str = field(default='', init=False)


@dataclass(kw_only=True)
class Tagged:
    tag: str


@dataclass(match_args=False)
class NoArgs:
    a: int


print(Order.__match_args__, Tagged.__match_args__, hasattr(NoArgs, '__match_args__'))
for o in [Order('tea'), Order('cake', 3), Order('jam', 2, ['x'])]:
    match o:
        case Order('tea', qty):
            print('tea x', qty)
        case Order(item, 3):
            print('three of', item)
        case Order(item, notes=[note]):
            print(item, 'with note', note)

match Tagged(tag='t'):
    case Tagged(tag=t):
        print('tagged', t)

# Self-matching builtins: one positional sub-pattern is the subject itself.
for v in [5, 5.5, 'five', b'5', bytearray(b'5'), [5], (5,), {5: 5}, {5}, frozenset({5}), True]:
    match v:
        case bool(b):
            print('bool', b)
        case int(i):
            print('int', i)
        case float(f):
            print('float', f)
        case str(s) | bytes(s) | bytearray(s):
            print('text', s)
        case list(l) | tuple(l):
            print('sequence', l)
        case dict(d):
            print('dict', d)
        case set(s) | frozenset(s):
            print('set', sorted(s))


class MyInt(int):
    pass


class Named(int):
    __match_args__ = ('real',)


match MyInt(7):
    case MyInt(n):
        print('MyInt keeps matching itself', n, type(n).__name__)
match Named(8):
    case Named(r):
        print('Named matches by attribute', r, type(r).__name__)

# Keyword sub-patterns read any attribute; a missing one fails the case.
match 3 + 4j:
    case complex(real=r, imag=i):
        print('complex parts', r, i)
match 'text':
    case str(upper=u) if callable(u):
        print('str has upper')
match Point(1, 2):
    case Point(z=_):
        print('not reached')
    case Point(y=2, x=1):
        print('keywords in any order')

# Mappings: extra keys are fine, values are patterns, **rest collects the others.
def config(c):
    match c:
        case {'mode': 'fast', **rest}:
            return f'fast, also {rest}'
        case {'mode': 'slow', 'delay': int(d)}:
            return f'slow with delay {d}'
        case {'mode': str(m)}:
            return f'other mode {m}'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'


for c in [{'mode': 'fast', 'a': 1, 'b': 2}, {'mode': 'slow', 'delay': 3, 'x': 0}, {'mode': 'slow', 'delay': 'x'},
          {'mode': 'odd'}, {}, {'other': 1}, [('mode', 'fast')], collections.OrderedDict(mode='fast'),
          collections.Counter('aab'), collections.ChainMap({'mode': 'slow', 'delay': 1})]:
    print(config(c))

# A defaultdict's missing keys are looked up with .get, so nothing is added.
dd = collections.defaultdict(list, {'a': 1})
match dd:
    case {'a': 1, 'missing': _}:
        print('not reached')
    case {'a': a}:
        print('a =', a, 'keys now', sorted(dd))

# **rest is a new dict without the matched keys, even for a subclass.
od = collections.OrderedDict([('k', 1), ('x', 2), ('y', 3)])
match od:
    case {'k': 1, **rest}:
        print(type(rest).__name__, rest)

# mappingproxy is a mapping; dict views and lists of pairs are not.
class Holder:
    attr = 1


match Holder.__dict__:
    case {'attr': v}:
        print('mappingproxy matched', v)
match {'a': 1}.items():
    case {}:
        print('not reached')
    case _:
        print('dict_items is no mapping')


# Classes made sequences or mappings through collections.abc: subclassing or register().
class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


class Plain:
    pass


class SubRegistered(Registered):
    pass


collections.abc.Sequence.register(Registered)
for v in [MySeq(1, 2, 3), MyMap(a=1, b=2), Registered(), SubRegistered(), Plain(), collections.deque([1, 2])]:
    match v:
        case [first, *rest]:
            print(type(v).__name__, 'sequence', first, rest)
        case {'a': a, **rest}:
            print(type(v).__name__, 'mapping', a, rest)
        case _:
            print(type(v).__name__, 'neither')


# __match_args__ can be computed, and positional patterns can mix with keywords.
class Vec:
    def __init__(self, *c):
        self.c = c

    @property
    def x(self):
        return self.c[0]

    @property
    def y(self):
        return self.c[1]

    __match_args__ = ('x', 'y')


match Vec(1, 2):
    case Vec(1, y=y):
        print('Vec with y', y)


# Matching calls __eq__ of the pattern's value with the subject (value == subject order is
# subject == value: COMPARE_OP with the subject on the left).
class Loud:
    def __eq__(self, other):
        print('Loud.__eq__ with', other)
        return True


class Consts:
    loud = Loud()


match Loud():
    case 1:
        print('matched 1 through Loud.__eq__')
match 5:
    case Consts.loud:
        print('matched Consts.loud')


# A getattr that raises something other than AttributeError propagates.
class Fragile:
    __match_args__ = ('boom',)

    @property
    def boom(self):
        raise KeyError('boom')


try:
    match Fragile():
        case Fragile(_):
            pass
except KeyError as e:
    print('KeyError', e)
