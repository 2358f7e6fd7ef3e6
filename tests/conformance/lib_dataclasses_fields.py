# dataclasses: field defaults and default_factory, repr/eq, __post_init__, InitVar,
# fields/asdict/astuple/replace, and the errors of misuse.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, is_dataclass, MISSING
import dataclasses

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='x', repr=False, compare=False)

a = Item('pen', 1.5)
b = Item('pen', 1.5, secret='y')
print(a, a == b, a != Item('ink'), a.tags is not Item('q').tags)
print([f.name for f in fields(a)], [f.default is MISSING for f in fields(Item)], fields(Item)[1].default, fields(Item)[2].default_factory is list)
print(fields(Item)[3].repr, fields(Item)[3].compare, fields(Item)[0].type, fields(Item)[0].default is MISSING)
print(asdict(a), astuple(a), replace(a, price=2.0))
print(is_dataclass(a), is_dataclass(Item), is_dataclass(1), Item.__match_args__ if hasattr(Item, '__match_args__') else None)
try:
    replace(a, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item('a', 1, [], 'z', 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Item)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Rect:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

r = Rect(2, 3, 10)
print(r, r.area, [f.name for f in fields(r)], Rect(1, 1))

@dataclass
class Nested:
    items: list
    inner: Item
    mapping: dict

n = Nested([Item('a'), (1, 2)], Item('b', 2), {'k': Item('c')})
print(asdict(n))
print(astuple(n))
print(Item.__init__.__qualname__, Item.__eq__.__qualname__, Item.__repr__.__qualname__)

@dataclass(eq=False)
class Plain:
    x: int = 0

print(Plain() == Plain(), Plain(1), Plain.__hash__ is object.__hash__)

@dataclass
class WithKw:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int = 3

print(WithKw(1, c=5), [f.kw_only for f in fields(WithKw)])
try:
    WithKw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
