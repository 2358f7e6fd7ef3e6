# With the default limit of one frame, a trace still records how deep the stack was
# (total_nframe): the same line allocating at different depths gives different tracebacks,
# and clear_traces() forgets them all.
import tracemalloc


def alloc(depth):
    if depth:
        return alloc(depth - 1)
    return [object() for _ in range(3)]


def seen(snapshot):
    here = [t.traceback for t in snapshot.traces if t.traceback[0].filename == __file__]
    return sorted({(tb[0].lineno, tb.total_nframe) for tb in here if tb[0].lineno < 12})


tracemalloc.start()
keep = [alloc(d) for d in (0, 3, 3, 7)]
print(seen(tracemalloc.take_snapshot()))
tracemalloc.clear_traces()
print(seen(tracemalloc.take_snapshot()))
keep.append(alloc(2))
print(seen(tracemalloc.take_snapshot()))
# Already tracing, start() leaves the limit as it is.
tracemalloc.start(3)
print(tracemalloc.get_traceback_limit())
keep.append(alloc(1))
print([[(f.lineno) for f in t.traceback] for t in tracemalloc.take_snapshot().traces
       if t.traceback[0].filename == __file__ and t.traceback[0].lineno < 12 and len(t.traceback) == 3][:1])
tracemalloc.stop()
tracemalloc.start(3)
keep.append(alloc(1))
print([[(f.lineno) for f in t.traceback] for t in tracemalloc.take_snapshot().traces
       if t.traceback[0].filename == __file__ and t.traceback[0].lineno < 12][:1])
tracemalloc.stop()
