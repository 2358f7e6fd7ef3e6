# enum.Flag and IntFlag in 3.11: combination, membership, iteration, repr/str, boundaries.
from enum import Flag, IntFlag, auto, StrEnum

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(list(rw), list(Perm), len(rw), rw & Perm.W, rw ^ Perm.R, ~Perm.R, repr(~rw))
print(Perm(7), Perm(7).name, rw.name, Perm(0).name, Perm.R.name)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print([m.value for m in Color], Color.WHITE, repr(Color.RED | Color.BLUE), list(Color.WHITE))
print(Color.RED | Color.GREEN | Color.BLUE is Color.WHITE, Color(3), ~Color.WHITE)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(m, repr(m), m + 1, m == 6, isinstance(m, int), Mode(6), Mode(15), repr(Mode(15)))
print(Mode.READ | 8, repr(Mode.READ | 8), ~Mode.READ, repr(Mode(0)), format(m), f'{Mode.EXEC:>5}')
print(list(Mode(7)), Mode.WRITE in m, m & 2, type(m & 2).__name__, 3 | Mode.EXEC)

class Shade(StrEnum):
    DARK = auto()
    LIGHT = 'lite'

print(Shade.DARK, repr(Shade.DARK), Shade.LIGHT.upper(), Shade.DARK == 'dark', f'{Shade.LIGHT}')
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print(type(e).__name__, e)
print(Perm.R._value_, Perm['W'])
try:
    Perm.R < Perm.W
except TypeError as e:
    print(type(e).__name__, e)
