# dataclasses: order=True comparisons, frozen instances, unsafe_hash, slots, inheritance.
from dataclasses import dataclass, field, FrozenInstanceError, fields
import dataclasses

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2), Version(1, 0, 'x'), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, 'a') == Version(1, 0, 'b'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Both:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        x: int
except ValueError as e:
    print(type(e).__name__, e)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, hash(p) == hash((1, 2)), {p: 'ok'}[Point(1, 2)])
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError), dataclasses.replace(p, y=9))

@dataclass
class Mutable:
    v: int

print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default_factory=list, hash=False)

print(hash(Hashy(3)) == hash((3,)))

try:
    @dataclass(frozen=True)
    class Child(Mutable):
        z: int = 0
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Base:
    a: int
    b: str = 'base'

@dataclass
class Derived(Base):
    c: float = 1.0
    b: str = 'derived'

print(Derived(1), [f.name for f in fields(Derived)], Derived(1, 'x', 2.0))

@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2

s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass(repr=False)
class NoRepr:
    q: int

print(NoRepr(1).__repr__().startswith('<__main__.NoRepr object'), dataclasses.is_dataclass(NoRepr))
C = dataclasses.make_dataclass('C', ['x', ('y', int), ('z', int, field(default=5))])
print(C(1, 2), C.__name__, [f.type for f in fields(C)])
