# Callbacks at deallocation: cleared first, called newest first, after __del__; a weakref
# that is itself being freed gets no call; errors in callbacks are reported and ignored.
import weakref

class C:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"C({self.name})"

class Tagged:
    """A callback object, so no closure is involved."""
    def __init__(self, tag): self.tag = tag
    def __call__(self, wr):
        print("callback", self.tag, "ref is dead:", wr() is None)

c = C("one")
refs = [weakref.ref(c, Tagged(i)) for i in range(4)]
basic = weakref.ref(c)
print("before del")
del c
print("after del", [r() for r in refs], basic())

class WithDel:
    def __del__(self):
        print("__del__ runs; refs still alive:", self.wr() is self)

d = WithDel()
d.wr = weakref.ref(d, Tagged("d"))
del d
print("after WithDel")

# The same weakref called from two holders: only one callback per weakref.
e = C("e")
cb = Tagged("shared-callback")
w1 = weakref.ref(e, cb)
w2 = weakref.ref(e, cb)
print(w1 is w2, w1 == w2)
del e

# A weakref whose count reaches zero together with its referent: no callback.
class Holder:
    pass
h = Holder()
h.me = weakref.ref(h, Tagged("never"))
del h
print("holder gone")

def failing(wr):
    raise ValueError("callback failed")

f = C("f")
wf1 = weakref.ref(f, Tagged("before failure"))
wf2 = weakref.ref(f, failing)
wf3 = weakref.ref(f, Tagged("after failure"))
del f
print("still running")

# The callback may drop the last reference to its own weakref.
holder = {}
g = C("g")
def drop(wr):
    print("drop callback, in holder:", holder.get("w") is wr)
    del holder["w"]
holder["w"] = weakref.ref(g, drop)
del g
print("holder:", holder)

# list.clear() drops items from the end: callbacks follow that order.
items = [C(i) for i in range(3)]
ws = [weakref.ref(x, Tagged(x.name)) for x in items]
items.clear()
print("cleared")

# A proxy callback receives the proxy.
p_target = C("p")
def on_proxy(p):
    print("proxy callback:", type(p).__name__)
    try:
        p.name
    except ReferenceError as ex:
        print("ReferenceError:", ex)
px = weakref.proxy(p_target, on_proxy)
del p_target

# A generator's weak references are cleared before its finalizer (close()) runs.
def gen():
    try:
        yield 1
    finally:
        print("generator closing; its weakref alive:", gw() is not None)
g = gen()
next(g)
gw = weakref.ref(g, Tagged("generator"))
del g
print("generator gone")
