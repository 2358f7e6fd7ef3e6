# The profiler's entries own their code objects (and the names it makes for builtins), and
# the profiler owns its timer: they live as long as its statistics, even when nothing else
# keeps them, and go with the profiler.
import gc
import sys
import _lsprof


def make_clock():
    state = [0]

    def clock():
        state[0] += 1
        return state[0]
    return clock


def f():
    return len([1])


code = f.__code__
before = sys.getrefcount(code)
clock = make_clock()
timer_before = sys.getrefcount(clock)
p = _lsprof.Profiler(clock)
print(sys.getrefcount(clock) - timer_before)
p.enable()
f()
f()
p.disable()
print(sys.getrefcount(code) - before)

# A function freed before getstats() still has its entry, with its code object.
def g():
    return 5


p.enable()
g()
p.disable()
del g
gc.collect()
names = sorted(e.code.co_name if hasattr(e.code, 'co_name') else e.code for e in p.getstats())
print(names)
gcode = [e.code for e in p.getstats() if getattr(e.code, 'co_name', None) == 'g'][0]
print(sys.getrefcount(gcode))
del gcode

p.clear()
print(sys.getrefcount(code) - before, p.getstats())
p.enable()
f()
p.disable()
print(sys.getrefcount(code) - before)
del p
print(sys.getrefcount(code) - before, sys.getrefcount(clock) - timer_before)
