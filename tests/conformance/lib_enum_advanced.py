# enum details: _missing_, _ignore_, _order_, member/nonmember, aliases in __members__,
# Flag boundaries (STRICT, CONFORM, EJECT, KEEP), pseudo-members, global_enum reprs,
# functional API with type= and start=, mixins with custom __new__, dir() and hashing.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, member, nonmember

class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None

print(Status('404'), Status(200), Status.OK.value)
try:
    Status('nope')
except ValueError as e:
    print(type(e).__name__, e)

class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 'not a member'

try:
    Bad(5)
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['DAY_%d' % i] = i

print(list(Period), hasattr(Period, 'i'))

try:
    class Ordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)

class Kinds(Enum):
    ONE = 1
    helper = nonmember(99)
    func = member(lambda: 'called')
    def describe(self):
        return f'{self.name}={self.value}'

print(list(Kinds.__members__), Kinds.helper, Kinds.func.value(), Kinds.ONE.describe())

class Perm(Flag, boundary=enum.STRICT):
    R = 4
    W = 2
    X = 1

class Loose(Flag, boundary=enum.CONFORM):
    A = 1
    B = 4

class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2

class Keep(Flag, boundary=enum.KEEP):
    A = 1
    B = 2

print(Loose(7), repr(Loose(7)), Eject(7), type(Eject(7)).__name__, repr(Keep(7)), Keep(7).value)
for label, f in [('strict', lambda: Perm(9)), ('strict neg', lambda: Perm(-9))]:
    try:
        print(label, f())
    except ValueError as e:
        print(label, type(e).__name__, str(e).replace('\n', ' | '))
print(repr(Perm(-1)), repr(~Perm.R), Perm.R | Perm.X, repr(Perm(0)), Perm.R.name, (Perm.R | Perm.W).name)
print(Perm._boundary_, Loose._boundary_, Keep._boundary_, IntFlag._boundary_, Flag._boundary_)

class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    MAGENTA = RED | BLUE

print(list(Color), Color.MAGENTA, repr(Color.MAGENTA), repr(Color(3)), Color(5) is Color.MAGENTA, list(Color.MAGENTA))
print(list(Color.__members__), len(Color), Color.RED in Color.MAGENTA)

Shade = IntEnum('Shade', 'LIGHT DARK', start=10)
Mixed = Enum('Mixed', [('X', 'x'), ('Y', 'y')], type=str)
print(list(Shade), Shade.DARK + 1, Mixed.X.upper(), Mixed('y'), repr(Mixed.X), Mixed.__mro__[1].__name__)

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')

print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value, Coord.PX == b'\x00')
print(dir(Status)[:8], sorted(set(dir(Status.OK)) - {'__init__'})[:6])
print(hash(Status.OK) == hash('OK'), {Status.OK: 1}[Status(200)], Status.OK is Status['OK'])
print(enum.unique(Status) is Status, isinstance(Status.OK, Enum), issubclass(Status, Enum), type(Status).__name__)
try:
    Status.OK.value = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class E2(Enum):
        _sunder_ = 1
except ValueError as e:
    print(type(e).__name__, e)
print(Status.__members__['OK'], repr(Status.__members__)[:12], 1 in [Status.OK.value])
