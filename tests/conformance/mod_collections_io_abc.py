from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
import io, abc
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p._asdict(), p._replace(x=5), P._fields, isinstance(p, tuple), P._make([3, 4]))
d = deque([1, 2, 3], maxlen=3); d.append(4); d.appendleft(0); print(d, d.pop(), len(d))
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"])
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False))
dd = defaultdict(list); dd["x"].append(1); print(dd, dict(dd))
print(ChainMap({"a": 1}, {"a": 2, "b": 3})["b"])
s = io.StringIO(); s.write("hello\nworld\n"); s.seek(0); print(s.readline(), s.read(), repr(s.getvalue()))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
print(Sq().area(), isinstance(Sq(), Shape))
try:
    Shape()
except TypeError as e:
    print(e)
