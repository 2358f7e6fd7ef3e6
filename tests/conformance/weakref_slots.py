# __weakref__ with and without __slots__, and the sizes that go with it.
import weakref, sys

class Plain: pass
class Slots: __slots__ = ("x",)
class SlotsW: __slots__ = ("x", "__weakref__")
class SlotsD: __slots__ = ("x", "__dict__")
class Empty: __slots__ = ()
class SubSlots(Slots): pass
class SubSlotsW(SlotsW): __slots__ = ("y",)

for cls in (Plain, Slots, SlotsW, SlotsD, Empty, SubSlots, SubSlotsW):
    o = cls()
    try:
        r = weakref.ref(o)
        ok = r() is o
    except TypeError as e:
        ok = str(e)
    print(cls.__name__, ok, "__weakref__" in cls.__dict__, cls.__basicsize__, sys.getsizeof(o))

o = SlotsW()
print(o.__weakref__)
r = weakref.ref(o)
print(o.__weakref__ is r)
del r
print(o.__weakref__)
print(type(Plain.__dict__["__weakref__"]).__name__, Plain.__weakref__.__doc__)
try:
    Slots().__weakref__
except AttributeError as e:
    print("AttributeError:", e)

for bases, slots in [((SlotsW,), ("__weakref__",)), ((int,), ("__weakref__",)), ((Plain,), ("__weakref__",))]:
    try:
        type("T", bases, {"__slots__": slots})
        print("ok", bases[0].__name__)
    except TypeError as e:
        print(bases[0].__name__, "->", e)

class I(int): pass
class T(tuple): pass
print(I.__basicsize__, T.__basicsize__, "__weakref__" in I.__dict__)
class Mixed(Slots, Plain): __slots__ = ()
print(weakref.ref(Mixed())() is not None)
print(sys.getsizeof(weakref.ref(o)), sys.getsizeof(weakref.proxy(o)), weakref.ref.__basicsize__)
class K(weakref.ref): __slots__ = ("key",)
print(K.__basicsize__, sys.getsizeof(K(o)))
