# enum.Enum, IntEnum, auto and unique: members, lookup, iteration, repr/str/format in 3.11.
import enum
from enum import Enum, IntEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(f'{Color.GREEN}', format(Color.GREEN), '{:>12}'.format(str(Color.GREEN)), str(Color.BLUE))
print(Color.RED in Color, Color.RED == 1, Color.RED != Color.GREEN, isinstance(Color.RED, Color))
print(type(Color.RED).__name__, Color.RED.__class__ is Color, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PINK']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(type(e).__name__, e)

class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()

print(Level.MID, repr(Level.MID), Level.MID + 1, Level.HIGH > Level.LOW, Level(3), f'{Level.LOW}', Level.LOW == 1)
print(sorted([Level.HIGH, Level.LOW]), int(Level.HIGH), [m.value for m in Level], format(Level.MID, '03d'))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return self.mass / self.radius

print(Planet.EARTH.mass, Planet.EARTH.value, repr(Planet.MERCURY), round(Planet.MERCURY.ratio))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()

print(list(Named), Named.BETA.value, Named('alpha'))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
Shape = Enum('Shape', [('SQUARE', 's'), ('ROUND', 'r')])
print(Shape('r'), Shape.SQUARE.value, [m.name for m in reversed(Shape)])
print(dir(Color.RED)[:6], Color.RED._name_, Color.GREEN._value_)
