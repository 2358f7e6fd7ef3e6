from enum import Enum, IntEnum, auto, unique, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED == Color.RED, Color.RED == 1, isinstance(Color.RED, Color), Color.__members__.keys())
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, repr(Num.ONE), str(Num.TWO), f"{Num.ONE}")
class Auto(Enum):
    A = auto()
    B = auto()
print(list(Auto), Auto.B.value)
try:
    Color(7)
except ValueError as e:
    print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), bool(Perm.R & Perm.W))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print({Color.RED: "r"}[Color.RED], Color)
