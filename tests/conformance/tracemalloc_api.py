# tracemalloc: the API, and str()/repr() of Frame, Traceback, Statistic, StatisticDiff exactly
# as CPython's; figures are printed as comparisons so the output does not depend on sizes.
import os
import tracemalloc
from tracemalloc import Frame, Traceback, Statistic, StatisticDiff, Filter, DomainFilter, Snapshot

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc._get_traces())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in (0, -1, 65536):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError:', e)
print(tracemalloc.is_tracing())

# Formats, from hand-made objects.
tb = Traceback((('b.py', 20), ('a.py', 10)))
print(str(tb), repr(tb), len(tb), tb[0], tb[-1], repr(tb[0]))
print(repr(Traceback((('x.py', 1),), 5)))
for size in (0, 1, 999, 10 * 1024 - 1, 10 * 1024, 123456, 99 * 1024 * 1024, 3 * 1024 ** 4, 5 * 1024 ** 5):
    print(Statistic(tb, size, 3))
print(Statistic(tb, 10, 0), repr(Statistic(tb, 10, 2)))
print(StatisticDiff(tb, 4096, -2048, 2, -1))
print(StatisticDiff(tb, 0, -100, 0, -3), repr(StatisticDiff(tb, 5, 5, 1, 1)))
print(Frame(('f.py', 3)) < Frame(('f.py', 4)), Frame(('g.py', 1)) == Frame(('g.py', 1)))
print(tb.format(), Traceback((('nowhere.py', 1),)).format())

tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())


class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value):
        self.value = value
        self.next = None


def build(n):
    return [Node(i) for i in range(n)]


before = tracemalloc.take_snapshot()
nodes = build(1000)
text = '-'.join(['abc'] * 2000)
after = tracemalloc.take_snapshot()
current, peak = tracemalloc.get_traced_memory()
print(current > 20_000, peak >= current, tracemalloc.get_tracemalloc_memory() > 0)

here = after.filter_traces([Filter(True, __file__)])
print(len(here.traces) > 1000, len(here.traces) <= len(after.traces))
others = after.filter_traces([Filter(False, __file__)])
print(len(here.traces) + len(others.traces) == len(after.traces))
print(len(after.filter_traces([DomainFilter(True, 0)]).traces) == len(after.traces),
      len(after.filter_traces([DomainFilter(False, 0)]).traces))
print(len(after.filter_traces([]).traces) == len(after.traces))
try:
    after.filter_traces(3)
except TypeError as e:
    print('TypeError:', e)

top = here.statistics('lineno')[0]
print(top.traceback[0].filename == __file__, top.count > 200)
print([s.traceback[0].lineno for s in here.statistics('lineno')[:2]])
by_file = here.statistics('filename')
print(len(by_file), by_file[0].traceback[0].lineno, by_file[0].size == sum(s.size for s in here.statistics('lineno')))
tb_stats = here.statistics('traceback')
print(max(len(s.traceback) for s in tb_stats) >= 2, max(len(s.traceback) for s in tb_stats) <= 5)
cum = here.statistics('lineno', cumulative=True)
print(sum(s.size for s in cum) >= sum(s.size for s in here.statistics('lineno')))
for bad in [('nope', False), ('traceback', True)]:
    try:
        here.statistics(*bad)
    except ValueError as e:
        print('ValueError:', e)

diff = after.compare_to(before, 'lineno')
grew = [d for d in diff if d.traceback[0].filename == __file__]
print(grew[0].size_diff > 0, grew[0].count_diff > 0, grew[0].size_diff == grew[0].size)

obj_tb = tracemalloc.get_object_traceback(nodes[100])
print(type(obj_tb).__name__, obj_tb[-1].lineno, obj_tb[-1].filename == __file__, len(obj_tb) >= 2)
print(tracemalloc.get_object_traceback(before) is not None)

path = os.path.join('/tmp', 'glasspy_tracemalloc_api.dump')
here.dump(path)
back = Snapshot.load(path)
print(back.traceback_limit, len(back.traces) == len(here.traces),
      back.statistics('lineno')[0] == here.statistics('lineno')[0])
os.remove(path)

tracemalloc.reset_peak()
cur2, peak2 = tracemalloc.get_traced_memory()
print(peak2 >= cur2, peak2 - cur2 < 10_000)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory()[0] < 10_000, tracemalloc.get_object_traceback(nodes[0]))
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(nodes[1]))
