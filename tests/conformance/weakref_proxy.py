# weakref.proxy forwards attributes, operators, calls and containers; a dead proxy raises
# ReferenceError for all of them.
import weakref

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __neg__(self): return Num(-self.v)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    __hash__ = object.__hash__
    def __len__(self): return self.v
    def __getitem__(self, k): return k * 2
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
    def __contains__(self, k): return k == self.v
    def __iter__(self): return iter(range(self.v))
    def __bool__(self): return self.v != 0
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __index__(self): return self.v
    def __str__(self): return f"Num {self.v}"
    def __call__(self, *a, **k): return (a, k)
    def __reversed__(self): return iter([3, 2, 1])

class Plain:
    def __init__(self): self.x = 1

n = Num(3)
p = weakref.proxy(n)
print(type(p).__name__, type(weakref.proxy(Plain())).__name__)
print((p + 1).v, (1 + p).v, (-p).v, p < 5, p == 3, p == n, len(p), p[4], 3 in p, list(p))
print(bool(p), [0, 1, 2, 3, 4][p], str(p), p(1, k=2))
try:
    reversed(p)
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __reversed__(self): return iter("cba")
rv = Rev()
print(list(reversed(weakref.proxy(rv))), type(weakref.proxy(rv)).__name__)
p[1] = 2
del p[1]
q = p
q += 2
print(n.v, type(q).__name__, q is n)
p.extra = 5
print(n.extra, p.extra, p.__class__.__name__, isinstance(p, Num))
del p.extra
print(hasattr(n, "extra"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
pl = Plain()
pp = weakref.proxy(pl)
try:
    pp()
except TypeError as e:
    print("TypeError:", e)
try:
    next(pp)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(n), weakref.proxy(n) is p)
del n, q
for expr in ["p.v", "p + 1", "1 + p", "-p", "p < 1", "p == 1", "len(p)", "p[0]", "3 in p", "list(p)",
             "bool(p)", "int(p)", "str(p)", "p()", "p.__class__"]:
    try:
        eval(expr)
        print(expr, "no error")
    except ReferenceError as e:
        print(expr, "-> ReferenceError:", e)
try:
    p.v = 1
except ReferenceError as e:
    print("setattr -> ReferenceError:", e)
print(repr(p).split(" to ")[1].split(" at ")[0])
print(type(p) in weakref.ProxyTypes, weakref.CallableProxyType in weakref.ProxyTypes)
try:
    isinstance(p, Num)
except ReferenceError as e:
    print("isinstance -> ReferenceError:", e)
