# Weak references and the cycle collector: weakrefs to garbage are cleared before any
# finalizer runs; callbacks run only for weakrefs outside the garbage; a weakref freed by
# its own callback counts in collect()'s result.
import gc, weakref

gc.disable()

class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Node({self.name})"

class Report:
    def __init__(self, tag): self.tag = tag
    def __call__(self, wr): print("callback", self.tag, "dead:", wr() is None)

a = Node("a"); a.me = a
ra = weakref.ref(a, Report("reachable weakref"))
print("collect:", gc.collect())
del a
print("collect:", gc.collect())

b = Node("b"); b.me = b
b.wr = weakref.ref(b, Report("weakref inside the garbage"))
del b
print("collect:", gc.collect())

holder = {}
def drop(wr):
    print("drop: removing its own weakref")
    del holder["w"]
c = Node("c"); c.me = c
holder["w"] = weakref.ref(c, drop)
del c
print("collect:", gc.collect())

class Fin:
    def __del__(self):
        print("__del__ sees its weakref cleared:", self.r() is None, "peer alive:", self.peer.r() is None)
x, y = Fin(), Fin()
x.peer, y.peer = y, x
x.r, y.r = weakref.ref(x), weakref.ref(y)
del x, y
print("collect:", gc.collect())

d = Node("d"); d.me = d
wd = weakref.WeakValueDictionary(d=d)
ws = weakref.WeakSet([d])
wk = weakref.WeakKeyDictionary({d: 1})
pr = weakref.proxy(d)
del d
print("before collect:", len(wd), len(ws), len(wk))
print("collect:", gc.collect())
print("after collect:", len(wd), len(ws), len(wk))
try:
    pr.name
except ReferenceError as e:
    print("ReferenceError:", e)

e = Node("e"); e.me = e
fe = weakref.finalize(e, print, "finalize after a collection")
del e
print("collect:", gc.collect(), fe.alive)
print(gc.is_tracked(weakref.ref(Node)), gc.get_referents(ra) == [ra.__callback__])
gc.enable()
