class Rect:
    def __init__(self, w, h):
        self._w, self._h = w, h
    @property
    def area(self):
        return self._w * self._h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
    @w.deleter
    def w(self):
        print("deleting w")
        self._w = 0
r = Rect(3, 4)
print(r.area, r.w)
r.w = 10
print(r.area)
del r.w
print(r.area, type(Rect.area).__name__, Rect.w.fget.__name__)
