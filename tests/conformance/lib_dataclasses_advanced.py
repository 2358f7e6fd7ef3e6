# dataclasses details: ClassVar and InitVar handling, kw_only classes, metadata, __match_args__,
# inheritance with defaults and __post_init__, recursive repr, eq across subclasses, replace
# errors, unsafe_hash conflicts, make_dataclass with bases/namespace, field() misuse.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY

@dataclass
class Counter:
    count: int = 0
    registry = []
    step: InitVar[int] = 1

    def __post_init__(self, step):
        self.count += step
        Counter.registry.append(self.count)

c = Counter(5, 10)
print(c, [f.name for f in fields(Counter)], Counter.registry, hasattr(c, 'step'), Counter.__match_args__)
try:
    dataclasses.replace(c)
except ValueError as e:
    print(type(e).__name__, e)
print(dataclasses.replace(c, step=2))

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1

print(Options(level=3), Options.__match_args__)
try:
    Options(True)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Tagged:
    name: str = field(metadata={'unit': 'none', 'doc': 'the name'})
    size: float = field(default=1.0, metadata={'unit': 'm'})

f0, f1 = fields(Tagged)
print(f0.metadata['doc'], dict(f1.metadata), type(f0.metadata).__name__, len(f1.metadata))
try:
    f1.metadata['unit'] = 'cm'
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Base:
    x: int
    y: int = 0
    def __post_init__(self):
        print('  Base post_init', self)

@dataclass
class Child(Base):
    z: int = 5
    def __post_init__(self):
        super().__post_init__()
        print('  Child post_init')

ch = Child(1, 2, 3)
print(ch, Base(1) == Child(1), Child(1) == Child(1, 0, 5), isinstance(ch, Base))

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

n = Node(1)
n.children.append(n)
print(n)

@dataclass
class Point:
    x: float
    y: float
    def __hash__(self):
        return 42

print(hash(Point(1, 2)), Point.__hash__.__qualname__)
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)
for bad in [lambda: field(default=1, default_factory=list), lambda: dataclasses.asdict(5),
            lambda: dataclasses.astuple(Node), lambda: dataclasses.replace(Node, value=2)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
@dataclass
class Root:
    x: int


Made = dataclasses.make_dataclass('Made', [('a', int), ('b', int, field(default=2))], bases=(Root,),
                                  namespace={'total': lambda self: self.x + self.a + self.b}, frozen=False)
m = Made(1, 2, 3)
print(m, m.total(), [f.name for f in fields(Made)], Made.__mro__[1].__name__)
print(dataclasses.fields(ch)[0].name, dataclasses.is_dataclass(ch), dataclasses.asdict(ch), dataclasses.astuple(Made(0, 0, 0)))
print(type(dataclasses.MISSING).__name__, type(dataclasses.KW_ONLY).__name__, repr(field(default=3))[:6])
