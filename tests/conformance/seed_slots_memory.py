class Regular:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
r, s = Regular(1, 2), Slotted(1, 2)
print(hasattr(r, "__dict__"), hasattr(s, "__dict__"), r.__dict__, Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(e)
