from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1), p == Point(2), asdict(p), astuple(Point(3, 4)), [f.name for f in fields(Point)])
print(replace(p, y=9), Point.__init__.__qualname__ if hasattr(Point.__init__, '__qualname__') else '')
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Item:
    name: str
    price: float
    def __post_init__(self):
        self.label = f"{self.name}: {self.price:.2f}"
print(Item("pen", 1.5).label)
try:
    Point()
except TypeError as e:
    print(e)
