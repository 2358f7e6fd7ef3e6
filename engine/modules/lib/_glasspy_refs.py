"""The Python half of %refcount and %gc (engine/magics/refcount.ts, gc.ts).

Everything here uses only CPython's own introspection (sys.getrefcount, gc.get_referrers,
gc.get_referents, gc.get_objects, gc.get_stats), so the answers are the ones CPython's
reference counts and collector give, and the code runs unchanged on CPython.
"""

import gc
import sys

# The references measure() itself holds: its parameter and getrefcount's argument (a
# Python caller's argument slot becomes that parameter in 3.11, it is not a second one).
_OWN_REFS = 2


def measure(obj):
    """obj's reference count without the references the measuring itself holds."""
    return sys.getrefcount(obj) - _OWN_REFS


def _short_repr(o, limit=40):
    try:
        r = repr(o)
    except Exception as e:  # a broken __repr__ must not break the report
        r = '<%s object (repr failed: %s)>' % (type(o).__name__, type(e).__name__)
    return r if len(r) <= limit else r[:limit - 3] + '...'


def _names_of(container, namespace):
    """Global names bound to container, to describe a holder by its name when it has one."""
    return [k for k, v in namespace.items() if v is container and not k.startswith('_')]


def holders(obj, namespace, skip=()):
    """One (holder, how) row per reference to obj that the collector can see.

    holder describes the object holding the reference, how says where in it.  (No
    comprehension or lambda here may use obj: that would make it a cell variable, and the
    cell would show up as one more holder.)
    """
    rows = []
    ignore = {id(x) for x in skip}
    ignore.add(id(sys._getframe()))
    referrers = gc.get_referrers(obj)
    ignore.add(id(referrers))
    for r in referrers:
        if id(r) in ignore:
            continue
        if r is namespace:
            for k, v in r.items():
                if v is obj:
                    rows.append(('global namespace', 'name %r' % k if not k.startswith('_') or k in ('_', '__', '___') else 'name %r (IPython history)' % k))
            continue
        if isinstance(r, dict):
            owner = _dict_owner(r, namespace)
            for k, v in list(r.items()):
                if v is obj:
                    if owner is not None:
                        rows.append((owner, 'attribute %r' % k))
                    else:
                        label = _label(r, namespace)
                        rows.append((label, 'value for key %s' % _short_repr(k)))
                if k is obj:
                    rows.append((_label(r, namespace), 'key'))
            continue
        if isinstance(r, (list, tuple)):
            label = _label(r, namespace)
            word = 'index' if isinstance(r, list) else 'item'
            for i, v in enumerate(r):
                if v is obj:
                    rows.append((label, '%s %d' % (word, i)))
            continue
        if isinstance(r, (set, frozenset)):
            rows.append((_label(r, namespace), 'element'))
            continue
        if type(r).__name__ == 'cell':
            rows.append((_cell_owner(r), 'closure cell'))
            continue
        if type(r).__name__ == 'frame':
            # A finished frame kept alive by a frame object (a traceback, sys._getframe()).
            _frame_rows(rows, obj, r, 'frame of %s() (finished)' % r.f_code.co_name)
            continue
        if type(r).__name__ in _SUSPENDABLE:
            # gen_traverse: a suspended generator or coroutine holds its frame's locals.
            frame = getattr(r, _SUSPENDABLE[type(r).__name__])
            where = '%s %s() (suspended)' % (type(r).__name__, r.__qualname__)
            if frame is None:
                rows.append((where, 'internal reference'))
            else:
                _frame_rows(rows, obj, frame, where)
            frame = None
            continue
        if type(r).__name__ == 'method':
            rows.append(('bound method %s' % getattr(r.__func__, '__qualname__', '?'), '__self__'))
            continue
        attrs = getattr(r, '__dict__', None)
        found = False
        if isinstance(attrs, dict):
            for k, v in attrs.items():
                if v is obj:
                    rows.append((_label(r, namespace), 'attribute %r' % k))
                    found = True
        for slot in _slot_names(type(r)):
            if getattr(r, slot, None) is obj:
                rows.append((_label(r, namespace), 'slot %r' % slot))
                found = True
        if not found:
            rows.append((_label(r, namespace), 'internal reference'))
    _untracked_holder_rows(rows, obj, namespace, ignore)
    _stack_rows(rows, obj, namespace)
    return rows


def _untracked_holder_rows(rows, obj, namespace, ignore):
    """Holders gc.get_referrers cannot see: untracked tuples and frames.

    The collector stops tracking a tuple of atoms (as CPython does) and does not track a
    frame still running, so they are looked for among the referents of the objects it does
    track (the namespace, lists, dicts, instances), and a traceback found there is followed
    to its frames.
    """
    seen = set()
    for o in gc.get_objects():
        if id(o) in ignore:
            continue
        for t in gc.get_referents(o):
            if id(t) in seen or gc.is_tracked(t):
                continue
            seen.add(id(t))
            kind = type(t).__name__
            if kind == 'tuple':
                for i, v in enumerate(t):
                    if v is obj:
                        rows.append((_label(t, namespace), 'item %d' % i))
            elif kind in _SUSPENDABLE:
                frame = getattr(t, _SUSPENDABLE[kind])
                if frame is not None:
                    _frame_rows(rows, obj, frame, '%s %s() (suspended)' % (kind, t.__qualname__), False)
                frame = None
            elif kind == 'frame':
                _frame_rows(rows, obj, t, 'frame of %s() (finished)' % t.f_code.co_name, False)
            elif kind == 'traceback':
                tb = t
                while tb is not None:
                    if id(tb.tb_frame) not in seen:
                        seen.add(id(tb.tb_frame))
                        _frame_rows(rows, obj, tb.tb_frame, 'frame of %s() (finished)' % tb.tb_frame.f_code.co_name, False)
                    tb = tb.tb_next


# The attribute holding the frame of each kind of suspendable object.
_SUSPENDABLE = {'generator': 'gi_frame', 'coroutine': 'cr_frame', 'async_generator': 'ag_frame'}

_CO_OPTIMIZED = 0x1


def _frame_rows(rows, obj, frame, where, certain=True):
    """One row per local of frame bound to obj; 'value stack' when none is and the frame
    is known to hold obj (a referrer gc found), nothing when it was only a candidate."""
    found = False
    for k, v in frame.f_locals.items():
        if v is obj:
            rows.append((where, 'local %r' % k))
            found = True
    if not found and certain:
        rows.append((where, 'value stack'))


def _stack_rows(rows, obj, namespace):
    """The functions running below this call (the magic run inside a function).

    CPython's gc does not traverse a frame the evaluation still owns, so gc.get_referrers
    never names them; their locals are read from the call stack instead.  Module-level
    frames are skipped: their locals are the namespace, already listed by name.
    """
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_flags & _CO_OPTIMIZED and frame.f_globals is namespace:
            for k, v in frame.f_locals.items():
                if v is obj:
                    rows.append(('frame of %s() (running)' % frame.f_code.co_name, 'local %r' % k))
        frame = frame.f_back


def _slot_names(t):
    names = []
    for k in t.__mro__:
        s = k.__dict__.get('__slots__', ())
        names.extend([s] if isinstance(s, str) else s)
    return names


def _dict_owner(d, namespace):
    """'c (C)' or 'a C instance' when d is an object's __dict__, else None."""
    for r in gc.get_referrers(d):
        if getattr(r, '__dict__', None) is d and not isinstance(r, type):
            name = _names_of(r, namespace)
            return '%s (%s)' % (', '.join(name), type(r).__qualname__) if name else 'a %s instance' % type(r).__qualname__
    return None


def _cell_owner(cell):
    # glasspy's functions traverse their closure cells directly (the closure tuple is not
    # tracked), so the function is itself a referrer of the cell; on CPython the tuple is.
    for f in gc.get_referrers(cell):
        for fn in [f] if callable(f) else gc.get_referrers(f) if isinstance(f, tuple) else ():
            closure = getattr(fn, '__closure__', None)
            if closure is not None and any(c is cell for c in closure):
                return 'closure of %s()' % fn.__qualname__
    return 'a closure cell'


def _label(container, namespace):
    if namespace.get('Out') is container:
        return 'Out (output history)'
    names = _names_of(container, namespace)
    kind = type(container).__qualname__
    if names:
        return '%s (%s)' % (', '.join(names), kind)
    return '%s at 0x%x' % (kind, id(container))


def names_table(namespace, hidden):
    """(name, type, refcount, size) for each user name, as %whos lists them."""
    rows = []
    for k in sorted(namespace):
        if k.startswith('_') or k in hidden:
            continue
        v = namespace[k]
        if type(v).__name__ == 'module':
            continue
        rows.append((k, type(v).__name__, sys.getrefcount(v) - 2, sys.getsizeof(v)))
    return rows


def trace_refcount(obj, code, namespace):
    """Run code in namespace and record every change of obj's reference count.

    Each change is (delta, count, function, line, offset, opname): the instruction that
    made it, found with opcode tracing (sys.settrace with f_trace_opcodes) by comparing the
    count before each instruction with the count before the previous one.  Counts are
    given as sys.getrefcount(x) - 1 would give them in the cell: the references this
    function holds (obj is a cell variable here: one reference, plus getrefcount's
    argument) are taken off.
    """
    import dis
    events = []
    state = {'last': None, 'count': sys.getrefcount(obj) - 2}

    def tracer(frame, event, arg):
        frame.f_trace_opcodes = True
        now = sys.getrefcount(obj) - 2
        last = state['last']
        if last is not None and now != state['count']:
            code_, offset = last
            events.append((now - state['count'], now, code_.co_name, _line_of(code_, offset), offset,
                           dis.opname[code_.co_code[offset]]))
        state['count'] = now
        state['last'] = (frame.f_code, frame.f_lasti) if event == 'opcode' else None
        return tracer

    start = state['count']
    sys.settrace(tracer)
    try:
        exec(code, namespace)
    finally:
        sys.settrace(None)
        # tracer refers to itself through its closure cell: emptying the cell breaks the
        # cycle, so the magic leaves no garbage for the collector.
        del tracer
    return start, events, sys.getrefcount(obj) - 2


def _line_of(code, offset):
    line = None
    for start, end, lineno in code.co_lines():
        if start <= offset < end:
            return lineno
    return line


def gc_status():
    stats = gc.get_stats()
    return {
        'enabled': gc.isenabled(),
        'threshold': gc.get_threshold(),
        'count': gc.get_count(),
        'stats': [(s['collections'], s['collected'], s['uncollectable']) for s in stats],
        'tracked': tuple(len(gc.get_objects(g)) for g in range(3)),
        'garbage': len(gc.garbage),
        'frozen': gc.get_freeze_count(),
    }


def gc_collect(generation):
    """Collect and report: the unreachable objects by type, finalizers and gc.garbage."""
    found = []
    before_garbage = len(gc.garbage)
    old = gc.get_debug()
    gc.set_debug(old | gc.DEBUG_SAVEALL)
    try:
        n = gc.collect(generation)
        found = gc.garbage[before_garbage:]
        del gc.garbage[before_garbage:]
    finally:
        gc.set_debug(old)
    by_type = {}
    finalizers = 0
    for o in found:
        t = type(o).__qualname__
        by_type[t] = by_type.get(t, 0) + 1
        if getattr(type(o), '__del__', None) is not None:
            finalizers += 1
    found = None
    # The objects were kept alive by DEBUG_SAVEALL for the report; collect them for real.
    gc.collect(generation)
    return n, sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])), finalizers, len(gc.garbage)


_growth_last = {}


def gc_growth(limit=10):
    """Per-type object count changes since the last call (objgraph.show_growth)."""
    counts = {}
    for o in gc.get_objects():
        t = type(o).__qualname__
        counts[t] = counts.get(t, 0) + 1
    rows = []
    for t, c in counts.items():
        delta = c - _growth_last.get(t, 0)
        if delta > 0:
            rows.append((t, c, delta))
    _growth_last.clear()
    _growth_last.update(counts)
    rows.sort(key=lambda r: (-r[2], r[0]))
    return rows[:limit]


def ref_graph(obj, depth=2, back=False, limit=60):
    """Nodes and edges around obj: referents (or referrers with back=True) to depth.

    Nodes are (id, label, is_root); edges (from_id, to_id, label).  Edges that close a
    cycle through obj are marked by the caller from the edge list.
    """
    nodes = {id(obj): (id(obj), _node_label(obj), True)}
    edges = []
    frontier = [obj]
    keep = [obj]
    # The id, not the frame object: a frame object held in a local would keep this frame's
    # locals (obj among them) alive in a reference cycle after the call.
    frame = id(sys._getframe())
    for _ in range(depth):
        nxt = []
        for o in frontier:
            related = gc.get_referrers(o) if back else gc.get_referents(o)
            for r in related:
                if id(r) == frame or r is frontier or r is nxt or r is keep or r is related or type(r).__name__ == 'frame':
                    continue
                if isinstance(r, (type, type(sys))) and back:
                    continue
                a, b = (r, o) if back else (o, r)
                edges.append((id(a), id(b), _edge_label(a, b)))
                if id(r) not in nodes:
                    if len(nodes) >= limit:
                        continue
                    nodes[id(r)] = (id(r), _node_label(r), False)
                    nxt.append(r)
                    keep.append(r)
        frontier = nxt
    edges = [e for e in edges if e[0] in nodes and e[1] in nodes]
    return list(nodes.values()), edges


def _node_label(o):
    t = type(o).__qualname__
    if isinstance(o, (list, tuple, set, frozenset, dict)):
        return '%s (%d)' % (t, len(o))
    if isinstance(o, (int, float, str, bytes, bool)) or o is None:
        return '%s %s' % (t, _short_repr(o, 24))
    if hasattr(o, '__qualname__'):
        return '%s %s' % (t, o.__qualname__)
    return t


def _edge_label(a, b):
    if isinstance(a, (list, tuple)):
        for i, v in enumerate(a):
            if v is b:
                return '[%d]' % i
    if isinstance(a, dict):
        for k, v in a.items():
            if v is b:
                return _short_repr(k, 20)
    d = getattr(a, '__dict__', None)
    if isinstance(d, dict):
        for k, v in d.items():
            if v is b:
                return '.' + k
    return ''
