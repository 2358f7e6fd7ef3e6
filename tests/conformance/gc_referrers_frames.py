# gc.get_referrers for references held by frames (CPython 3.11): a suspended generator
# holds its frame's locals, a finished frame kept by a frame object (sys._getframe(), a
# traceback) holds its own, and a running frame is not traversed at all.
import gc
import sys

x = [1, 2]


def kinds():
    return sorted(type(r).__name__ for r in gc.get_referrers(x))


print(kinds())


def gen():
    v = x
    yield v


g = gen()
print(gc.is_tracked(g), kinds())
next(g)
print(kinds())


def finished():
    w = x
    return sys._getframe()


fr = finished()
print(gc.is_tracked(fr), kinds())


def running():
    u = x
    return kinds()


print(running())


def fails():
    t = x
    1 / 0


try:
    fails()
except ZeroDivisionError as e:
    tb = e.__traceback__
print(kinds(), sys.getrefcount(x) - 1)
del g
print(kinds())
del fr, tb
print(kinds(), sys.getrefcount(x) - 1)
