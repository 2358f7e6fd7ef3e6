# weakref.ref: sharing of the basic ref, list order, callbacks' attribute, hash, equality,
# repr, and which objects can be weakly referenced.
import weakref, sys

class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C({self.n})"

def on_dead(wr):
    print("dead:", wr() is None)

c = C(1)
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print("shared basic ref:", r1 is r2, weakref.getweakrefcount(c))
r3 = weakref.ref(c, on_dead)
r4 = weakref.ref(c, None)
print("callback None is shared:", r4 is r1)
p = weakref.proxy(c)
p_again = weakref.proxy(c)
print("shared proxy:", p is p_again)
r5 = weakref.ref(c, on_dead)
p2 = weakref.proxy(c, on_dead)
order = weakref.getweakrefs(c)
names = {id(r1): "r1", id(r3): "r3", id(r5): "r5", id(p): "p", id(p2): "p2"}
print("list order:", [names[id(x)] for x in order])
print("count:", weakref.getweakrefcount(c))
print("__weakref__ is head:", c.__weakref__ is r1)
print("__callback__:", r1.__callback__, r3.__callback__ is on_dead)
print("call:", r1() is c, r1(), type(r1).__name__, type(p).__name__)
print("hash:", hash(r1) == hash(c))
print("eq alive:", r1 == r3, r1 != r3, r1 == weakref.ref(C(2)))
print("repr:", repr(r1).split(";")[1])
def f(): pass
print("repr function:", repr(weakref.ref(f)).split(";")[1])
print("repr class:", repr(weakref.ref(C)).split(";")[1])
print("repr module:", repr(weakref.ref(sys)).split(";")[1])
print("proxy repr:", repr(p).split(" to ")[1].split(" at ")[0])
h = hash(r1)
del c
print("after del:", r1(), r3(), repr(r1).split(";")[1])
print("hash kept:", hash(r1) == h)
try:
    hash(r3)
except TypeError as e:
    print("TypeError:", e)
print("eq dead:", r1 == r3, r1 == r1, r3 != r5)
print("count dead:", weakref.getweakrefcount(C(3)))

for ob in (1, 1.5, "s", b"b", (), [], {}, None, True, object(), range(2), bytearray(), 1j, slice(1)):
    try:
        weakref.ref(ob)
        print(type(ob).__name__, "weakrefable")
    except TypeError as e:
        print(e)

def gen(): yield 1
for ob in (set(), frozenset(), f, gen(), C, C(4).__init__, len, [].append, f.__code__, sys, memoryview(b"")):
    r = weakref.ref(ob)
    print(type(ob).__name__, "weakrefable", r() is ob)

for base in (int, str, tuple, list, dict, set, bytes, float, object, Exception):
    S = type("S", (base,), {})
    try:
        weakref.ref(S())
        print("subclass of", base.__name__, "weakrefable")
    except TypeError as e:
        print("subclass of", base.__name__, e)

try:
    weakref.ref(weakref.ref(f))
except TypeError as e:
    print(e)

for e in ["weakref.ref()", "weakref.ref(f, None, 3)", "weakref.ref(f, x=1)", "weakref.ref(f)(1)",
          "weakref.proxy()", "weakref.getweakrefcount()", "weakref.ref(f) < weakref.ref(f)"]:
    try:
        eval(e)
    except TypeError as ex:
        print(e, "->", ex)
print(weakref.ref[int], weakref.ReferenceType is weakref.ref, weakref.ProxyTypes)
