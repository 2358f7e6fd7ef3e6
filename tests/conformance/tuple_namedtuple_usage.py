from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
Point3 = namedtuple("Point3", "x y z", defaults=[0])
p = Point(3, 4)
print(p, p.x + p.y, p[0], tuple(p), Point3(1, 2), Point3._field_defaults, p._replace(y=10))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple), Point._make([5, 6]), len(p))
try:
    p.x = 1
except AttributeError as e:
    print(e)
