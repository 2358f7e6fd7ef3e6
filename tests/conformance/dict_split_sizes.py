# sys.getsizeof of instance __dict__s: CPython 3.11 key-sharing (split) tables, their
# values arrays shrinking as instances are made, and the conversions to combined tables.
import sys

def size(o):
    return sys.getsizeof(o)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print("first instance", size(p), size(p.__dict__))
q = Point(3, 4)
print("second instance", size(q.__dict__), "first again", size(p.__dict__))
pts = [Point(i, i) for i in range(40)]
print("after 40 more", size(pts[-1].__dict__), size(p.__dict__))
print("class", size(Point))

class Empty:
    pass

e = Empty()
print("empty", size(e), size(e.__dict__), len(e.__dict__))

class Order:
    pass

a = Order(); a.x = 1; a.y = 2
b = Order(); b.y = 1; b.x = 2
print("orders", size(a.__dict__), size(b.__dict__), list(b.__dict__))

class Del:
    pass

d = Del(); d.a = 1; d.b = 2; d.c = 3
print("before del", size(d.__dict__))
del d.b
print("after del", size(d.__dict__), list(d.__dict__))
d.b = 5
print("re-added", size(d.__dict__), list(d.__dict__))

class NonStr:
    pass

n = NonStr(); n.a = 1
n.__dict__[1] = "one"
print("non-str key", size(n.__dict__))
n2 = NonStr(); n2.a = 1
print("next instance", size(n2.__dict__))

class Many:
    pass

m = Many()
for i in range(29):
    setattr(m, f"a{i}", i)
print("29 attrs", size(m.__dict__))
setattr(m, "a29", 29)
print("30 attrs", size(m.__dict__))
setattr(m, "a30", 30)
print("31 attrs", size(m.__dict__))
m2 = Many()
m2.a0 = 0
print("next after many", size(m2.__dict__))

class Copy:
    pass

c = Copy(); c.a = 1; c.b = 2
cd = c.__dict__
print("copy", size(cd.copy()), size(dict(cd)))
c2 = Copy(); c2.a = 1; c2.b = 2
d2 = c2.__dict__
d2.popitem()
print("popitem", size(d2))
c3 = Copy(); c3.a = 1
d3 = c3.__dict__
d3.clear()
print("clear", size(d3))

class Sub(list):
    pass

s = Sub(); s.attr = 1
print("list subclass", size(s), size(s.__dict__))

class Slots:
    __slots__ = ("x", "y")

print("slots", size(Slots()), size(Slots))

class WithDictLater:
    pass

w = WithDictLater()
w.__dict__["k"] = 1
print("materialised first", size(w.__dict__), w.k)
w.__dict__ = {"z": 1}
print("assigned", size(w.__dict__))

class Child(Point):
    pass

ch = Child(1, 2)
print("subclass", size(ch), size(ch.__dict__))
