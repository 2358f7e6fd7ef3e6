# cProfile with a deterministic clock: the timer is called once as each call starts and once
# as it ends, so every time in the report is a count of profiler events.
import cProfile
import pstats
import sys


def make_clock():
    state = [0]

    def clock():
        state[0] += 1
        return state[0]
    return clock


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Shape:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def work():
    shapes = [Shape(i) for i in range(4)]
    areas = sorted(s.area() for s in shapes)
    text = ', '.join(str(a) for a in areas)
    return fib(6), len(text), max(areas)


pr = cProfile.Profile(make_clock())
pr.enable()
result = work()
pr.disable()
print(result)
pr.print_stats()
pr.print_stats(sort='nfl')

st = pstats.Stats(pr)
st.strip_dirs()
st.sort_stats('tottime', 'nfl').print_stats(5)
st.sort_stats(pstats.SortKey.CUMULATIVE).print_callers('fib|area')
st.sort_stats('nfl').print_callees(0.5)

# The raw entries of the stats dictionary.
for func in sorted(st.stats, key=lambda f: (f[0], f[1], f[2])):
    cc, nc, tt, ct, callers = st.stats[func]
    print(func, cc, nc, tt, ct, sorted(callers.items()))

# getstats() itself: entries with their sub-entries.
pr2 = cProfile.Profile(make_clock())
pr2.enable()
fib(3)
pr2.disable()
for entry in sorted(pr2.getstats(), key=lambda e: str(e.code)):
    name = entry.code if isinstance(entry.code, str) else entry.code.co_name
    subs = sorted((s.code if isinstance(s.code, str) else s.code.co_name, s.callcount, s.reccallcount,
                   s.totaltime, s.inlinetime) for s in (entry.calls or []))
    print(name, entry.callcount, entry.reccallcount, entry.totaltime, entry.inlinetime, subs)

# runcall, the context manager, builtins=False, subcalls=False, clear().
pr3 = cProfile.Profile(make_clock(), builtins=False)
print(pr3.runcall(fib, 4))
with pr3:
    sorted([3, 1, 2])
    sys.getprofile() is pr3
pr3.create_stats()
print(sorted((f[2], v[0], v[1]) for f, v in pr3.stats.items()))

pr4 = cProfile.Profile(make_clock(), subcalls=False)
pr4.runcall(fib, 3)
print(sorted((e.code.co_name if not isinstance(e.code, str) else e.code, e.calls) for e in pr4.getstats()))
pr4.clear()
print(pr4.getstats())

# An integer clock with its own unit.
pr5 = cProfile.Profile(make_clock(), 0.5)
pr5.runcall(fib, 2)
pstats.Stats(pr5).strip_dirs().sort_stats('stdname').print_stats()
