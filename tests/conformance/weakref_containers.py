# WeakValueDictionary, WeakKeyDictionary, WeakSet and WeakMethod lose entries when their
# referents die; iteration defers removals.
import weakref, copy

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
    def meth(self): return self.n * 10

objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(len(wvd), sorted(wvd.keys()), wvd[2], 2 in wvd, wvd.get(9, "none"))
del objs[1]
print(len(wvd), sorted(wvd), 1 in wvd, wvd.get(1))
try:
    wvd[1]
except KeyError as e:
    print("KeyError", e)
# Removal while iterating is deferred to the end of the iteration.
it = iter(list(wvd.items()))
keys = []
for k in wvd.keys():
    if k == 0:
        del objs[0]
    keys.append(k)
print("iterated:", keys, "now:", sorted(wvd.keys()))
print(sorted(wvd.values(), key=lambda o: o.n), len(wvd.valuerefs()))
x = Obj(99)
print(wvd.setdefault("x", x) is x, wvd.pop("x") is x, wvd.pop("missing", "dflt"))
wvd["y"] = Obj(7)
print("y" in wvd, len(wvd))
c = wvd.copy()
print(type(c).__name__, sorted(c.keys()))
print(repr(wvd).startswith("<WeakValueDictionary at 0x"))
wvd2 = wvd | {"z": x}
print(sorted(map(str, wvd2.keys())))
del objs[:]
print(len(wvd), list(wvd.items()))
wvd[1] = x
print(wvd.popitem(), len(wvd))

k1, k2, k3 = Obj(1), Obj(2), Obj(3)
wkd = weakref.WeakKeyDictionary({k1: "one", k2: "two"})
wkd[k3] = "three"
print(len(wkd), wkd[k1], k2 in wkd, wkd.get(Obj(4), "no"), sorted(wkd.values()))
del k2
print(len(wkd), sorted(wkd.values()), [k.n for k in sorted(wkd.keys(), key=lambda o: o.n)])
for k, v in wkd.items():
    if v == "one":
        del k1
        k = None
print(len(wkd), sorted(wkd.values()))
print(len(wkd.keyrefs()), wkd.setdefault(k3, "x"), wkd.pop(k3), len(wkd))
print(1 in wkd, "s" in wkd)

s1, s2 = Obj("a"), Obj("b")
ws = weakref.WeakSet([s1, s2])
print(len(ws), s1 in ws, 5 in ws, sorted(o.n for o in ws))
del s1
print(len(ws), sorted(o.n for o in ws))
s3 = Obj("c")
ws.add(s3)
ws2 = weakref.WeakSet([s3])
print(len(ws | ws2), len(ws & ws2), len(ws - ws2), ws2 <= ws, ws2 < ws, ws == ws, ws2.issubset([s3]))
print(ws2, ws.pop() in (s2, s3), len(ws))
ws.discard(s3); ws.discard(s2)
print(len(ws))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
print(weakref.WeakSet[int], isinstance(ws, __import__("collections.abc").abc.MutableSet))

o = Obj(4)
wm = weakref.WeakMethod(o.meth)
print(wm()(), wm == weakref.WeakMethod(o.meth), wm.__callback__ is not None)
def on_dead(r): print("method dead:", r() is None)
wm2 = weakref.WeakMethod(o.meth, on_dead)
del o
print(wm(), wm2())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
print(copy.copy(weakref.WeakValueDictionary()).__class__.__name__)
