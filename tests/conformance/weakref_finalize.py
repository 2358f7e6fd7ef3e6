# weakref.finalize: called once when the object dies, detach/peek/alive/atexit, and the
# finalizers still alive run at interpreter exit, newest first.
import weakref, atexit

class Res:
    def __init__(self, name): self.name = name

def report(*args, **kw):
    print("finalizer", args, kw)
    return "result"

a = Res("a")
fa = weakref.finalize(a, report, "a", key=1)
print(fa.alive, fa.atexit, fa.peek()[1:], repr(fa).split(";")[1].split(" at ")[0])
del a
print("after del a:", fa.alive, fa(), fa.peek(), repr(fa).split(";")[1])

b = Res("b")
fb = weakref.finalize(b, report, "b")
print("call:", fb(), fb(), fb.alive)
del b

c = Res("c")
fc = weakref.finalize(c, report, "c")
obj, func, args, kw = fc.detach()
print("detached:", obj is c, func is report, args, kw, fc.alive, fc.detach())
del c, obj

d = Res("d")
fd = weakref.finalize(d, report, "d at exit")
e = Res("e")
fe = weakref.finalize(e, report, "e at exit")
f = Res("f")
ff = weakref.finalize(f, report, "f never")
ff.atexit = False
print(ff.atexit, fd.atexit)
atexit.register(print, "atexit registered last, runs first")
def failing():
    raise RuntimeError("atexit failure")
atexit.register(failing)
print("end of program")
