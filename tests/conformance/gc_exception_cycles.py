# Exceptions, tracebacks and finished frames under the cycle collector: all three are
# tracked, and an exception kept in a local of a frame its own traceback holds is a cycle
# that only the collector frees.
import gc, sys, weakref

gc.disable()

class Failure(Exception):
    pass

def keep_error():
    try:
        raise Failure("kept")
    except Failure as e:
        err = e
    return weakref.ref(err)

r = keep_error()
print("exception in a cycle survives its frame:", r() is not None)
print("collected:", gc.collect())
print("after the collection:", r())

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print("tracked:", gc.is_tracked(e), gc.is_tracked(tb), gc.is_tracked(tb.tb_frame))
    print("the traceback refers to its frame:", tb.tb_frame in gc.get_referents(tb))
    del tb

def finished():
    return sys._getframe()

fr = finished()
print("a finished frame kept by a reference is tracked:", gc.is_tracked(fr))
print("its code:", fr.f_code.co_name)
del fr

class Inner(KeyError):
    pass

class Outer(ValueError):
    pass

def chain():
    try:
        raise Inner("inner")
    except Inner as inner:
        try:
            raise Outer("outer") from inner
        except Outer as outer:
            saved = outer
    return weakref.ref(saved), weakref.ref(saved.__cause__)

ro, ri = chain()
print("chained exceptions alive:", ro() is not None, ri() is not None)
gc.collect()
print("chained exceptions collected:", ro(), ri())
print("methods:", gc.is_tracked(classmethod(len)), gc.is_tracked(staticmethod(len)), gc.is_tracked(property()))
