"""Trace memory blocks allocated by Python: the Python half of tracemalloc, with the same
classes, statistics and text formats as CPython 3.11's Lib/tracemalloc.py.  The traces come
from glasspy's allocator model through _tracemalloc.  Snapshot.dump/load use marshal, not
pickle (glasspy has no pickle yet); a dump is read back by glasspy's Snapshot.load."""

from collections.abc import Sequence, Iterable
from functools import total_ordering
import fnmatch
import linecache
import marshal
import os.path

from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces


def _format_size(size, sign):
    """'12.3 KiB': three significant digits from KiB up, whole bytes below 10 KiB."""
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


def _average(size, count):
    return ", average=%s" % _format_size(size / count, False) if count else ""


class Statistic:
    """Size and number of the blocks allocated at one traceback."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback, self.size, self.count) == (other.traceback, other.size, other.count)

    def __str__(self):
        return ("%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
                + _average(self.size, self.count))

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic and how it changed since an older snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _key(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        return ("%s: size=%s (%s), count=%i (%+i)"
                % (self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
                   self.count, self.count_diff)
                + _average(self.size, self.count))

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    result = []
    for traceback, stat in new_group.items():
        old = old_group.pop(traceback, None)
        if old is None:
            result.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
        else:
            result.append(StatisticDiff(traceback, stat.size, stat.size - old.size,
                                        stat.count, stat.count - old.count))
    for traceback, stat in old_group.items():
        result.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return result


@total_ordering
class Frame:
    """One frame of a traceback: filename and line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


@total_ordering
class Traceback(Sequence):
    """Frames from the oldest to the most recent (_tracemalloc gives them most recent first)."""

    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        tail = ">" if self._total_nframe is None else f" total_nframe={self.total_nframe}>"
        return f"<Traceback {tuple(self)}" + tail

    def format(self, limit=None, most_recent_first=False):
        """Lines as traceback.format_list would give them, with the source line when there is one."""
        frames = self
        if limit is not None:
            frames = self[-limit:] if limit > 0 else self[:limit]
        if most_recent_first:
            frames = reversed(frames)
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None if it was not traced."""
    frames = _get_object_traceback(obj)
    return Traceback(frames) if frames is not None else None


class Trace:
    """One traced block: domain, size and traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (self.domain, _format_size(self.size, False), self.traceback)


class _Traces(Sequence):
    def __init__(self, traces):
        Sequence.__init__(self)
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    filename = os.path.normcase(filename)
    return filename[:-1] if filename.endswith('.pyc') else filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop the traces whose frame matches a filename pattern and line."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not fnmatch.fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            filename, lineno = traceback[0]
            return self._match_frame(filename, lineno)
        if any(self._match_frame_impl(filename, lineno) for filename, lineno in traceback):
            return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is None:
            return res
        if self.inclusive:
            return res and domain == self.domain
        return res or domain != self.domain


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """The traces of the blocks allocated when the snapshot was taken."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot into a file (marshal format; see the module docstring)."""
        with open(filename, "wb") as fp:
            marshal.dump(('glasspy-tracemalloc', 1, self.traceback_limit, self.traces._traces), fp)

    @staticmethod
    def load(filename):
        """Read a snapshot written by dump()."""
        with open(filename, "rb") as fp:
            data = marshal.load(fp)
        if not (isinstance(data, tuple) and len(data) == 4 and data[0] == 'glasspy-tracemalloc'):
            raise ValueError("%r is not a tracemalloc snapshot dumped by glasspy" % (filename,))
        return Snapshot(list(data[3]), data[2])

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        if exclude_filters and any(not f._match(trace) for f in exclude_filters):
            return False
        return True

    def filter_traces(self, filters):
        """A new Snapshot keeping the traces the filters accept (a copy for an empty list)."""
        if not isinstance(filters, Iterable):
            raise TypeError("filters must be a list of filters, not %s" % type(filters).__name__)
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [t for t in self.traces._traces if self._filter_trace(include, exclude, t)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        tracebacks = {}

        def add(key, frames, size):
            traceback = tracebacks.get(key)
            if traceback is None:
                traceback = tracebacks[key] = Traceback(frames)
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, trace_traceback, total_nframe in self.traces._traces:
            if not cumulative:
                if key_type == 'traceback':
                    frames = trace_traceback
                elif key_type == 'lineno':
                    frames = trace_traceback[:1]
                else:
                    frames = ((trace_traceback[0][0], 0),)
                add(trace_traceback, frames, size)
            else:
                for frame in trace_traceback:
                    add(frame, (frame,) if key_type == 'lineno' else ((frame[0], 0),), size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by key_type, biggest first."""
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects against an older snapshot, biggest change first."""
        result = _compare_grouped_stats(old_snapshot._group_by(key_type, cumulative),
                                        self._group_by(key_type, cumulative))
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    """Take a snapshot of the traces of the blocks allocated by Python."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
