"""The Python half of %tracemalloc, %%tracemalloc and %memit (engine/magics/tracemalloc.ts).

Built on the tracemalloc module alone, so the figures are the ones tracemalloc reports
(and the code runs unchanged on CPython)."""

import tracemalloc

_snapshots = []


def _fmt(n):
    """Bytes as tracemalloc's own reports write them (tracemalloc._format_size)."""
    return tracemalloc._format_size(n, True)


def start(nframe):
    tracemalloc.start(nframe)
    return 'tracemalloc is tracing, %d frame%s per traceback' % (nframe, '' if nframe == 1 else 's')


def stop():
    was = tracemalloc.is_tracing()
    tracemalloc.stop()
    _snapshots.clear()
    return 'tracemalloc stopped' if was else 'tracemalloc was not tracing'


def _require_tracing():
    if not tracemalloc.is_tracing():
        raise RuntimeError('tracemalloc is not tracing: run %tracemalloc start first')


def _take():
    """A snapshot without the allocations of tracemalloc itself and of this helper."""
    return tracemalloc.take_snapshot().filter_traces([
        tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, __file__)])


def snapshot():
    _require_tracing()
    snap = _take()
    _snapshots.append(snap)
    del _snapshots[:-2]
    current, peak = tracemalloc.get_traced_memory()
    return 'snapshot %d: %d traces; traced memory %s, peak %s' % (
        len(_snapshots), len(snap.traces), _fmt(current).lstrip('+'), _fmt(peak).lstrip('+'))


def top(limit, key_type, cumulative):
    """The largest allocation sites of the last snapshot (taken now if there is none)."""
    _require_tracing()
    if not _snapshots:
        _snapshots.append(_take())
    stats = _snapshots[-1].statistics(key_type, cumulative)
    total = sum(s.size for s in stats)
    return [str(s) for s in stats[:limit]], len(stats), total


def diff(limit, key_type):
    """What changed since the previous snapshot: a new snapshot compared with it."""
    _require_tracing()
    if not _snapshots:
        raise RuntimeError('no snapshot to compare with: run %tracemalloc snapshot first')
    new = _take()
    stats = new.compare_to(_snapshots[-1], key_type)
    _snapshots.append(new)
    del _snapshots[:-2]
    return [str(s) for s in stats[:limit]], len(stats)


def run_traced(code, namespace, filename, limit):
    """Run code with tracing and report the net and peak change and the top lines.

    When tracemalloc is already tracing the traces are kept (the peak is reset, as the
    cell's own peak is what is asked for); otherwise tracing is started for the cell and
    stopped after it.
    """
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start(1)
    before = tracemalloc.take_snapshot()
    base, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    try:
        exec(code, namespace)
        current, peak = tracemalloc.get_traced_memory()
        after = tracemalloc.take_snapshot()
    finally:
        if started:
            tracemalloc.stop()
    only_cell = [tracemalloc.Filter(True, filename)]
    stats = after.filter_traces(only_cell).compare_to(before.filter_traces(only_cell), 'lineno')
    lines = [str(s) for s in stats if s.size_diff != 0][:limit]
    return current - base, peak - base, lines


def memit(code, namespace):
    """%memit: the statement's peak and net allocation, measured by tracemalloc."""
    net, peak, _ = run_traced(code, namespace, '<memit>', 0)
    return peak, net
