"""Iterator building blocks — glasspy's implementation of Python 3.11's itertools (in Python).

Each tool is a class, as in CPython's Modules/itertoolsmodule.c, so that arguments are checked
when the iterator is made (not at the first next()), type(x).__name__ and repr() read as
CPython's, and argument errors carry the C functions' wording.  The iteration itself is a
private generator that __next__ delegates to.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _parse(name, args, kwargs, names, required, kwonly=()):
    """Bind arguments the way Argument Clinic does for the C itertools, with its messages."""
    if len(args) > len(names):
        raise TypeError(f'{name}() takes at most {len(names)} argument{"s" if len(names) != 1 else ""} ({len(args)} given)')
    values = list(args) + [_MISSING] * (len(names) - len(args))
    extra = {}
    for key, value in kwargs.items():
        if key in names:
            i = names.index(key)
            if i < len(args):
                raise TypeError(f"argument for {name}() given by name ('{key}') and position ({i + 1})")
            values[i] = value
        elif key in kwonly:
            extra[key] = value
        else:
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    return values, extra


_MISSING = object()


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _iterator(cls):
    """Give a tool class the iterator protocol over the generator its __new__ stored."""
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)
    cls.__iter__ = __iter__
    cls.__next__ = __next__
    return cls


def _is_number(x):
    t = type(x)
    return any(hasattr(t, m) for m in ('__index__', '__int__', '__float__', '__complex__'))


# ## Infinite iterators

# The tools whose state the object itself shows (count's and repeat's repr) or shares with
# other objects (groupby's groups) step in __next__ rather than through a generator: a
# generator over `self` would hold its own object, a cycle CPython's C iterators never make,
# so the object would outlive its last reference until a collection.

class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __new__(cls, *args, **kwargs):
        (start, step), _ = _parse('count', args, kwargs, ['start', 'step'], 0)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self = object.__new__(cls)
        self._n = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {self._step!r})'


@_iterator
class cycle:
    """Return elements from the iterable until it is exhausted, then repeat the sequence."""

    def __new__(cls, *args, **kwargs):
        _no_keywords('cycle', kwargs)
        if len(args) != 1:
            raise TypeError(f'cycle expected 1 argument, got {len(args)}')
        self = object.__new__(cls)
        self._gen = self._run(iter(args[0]))
        return self

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __new__(cls, *args, **kwargs):
        (obj, times), _ = _parse('repeat', args, kwargs, ['object', 'times'], 1)
        if times is not _MISSING:
            times = times.__index__() if not isinstance(times, int) else times
            times = max(times, 0)
        else:
            times = None
        self = object.__new__(cls)
        self._object = obj
        self._times = times
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


# ## Iterators terminating on the shortest input

@_iterator
class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __new__(cls, *args, **kwargs):
        (iterable, func), extra = _parse('accumulate', args, kwargs, ['iterable', 'func'], 1, ('initial',))
        func = None if func is _MISSING else func
        self = object.__new__(cls)
        self._gen = self._run(iter(iterable), func, extra.get('initial'))
        return self

    @staticmethod
    def _run(it, func, total):
        if total is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


@_iterator
class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next iterable."""

    def __new__(cls, *iterables, **kwargs):
        _no_keywords('chain', kwargs)
        self = object.__new__(cls)
        self._gen = self._run(iter(iterables))
        return self

    @classmethod
    def from_iterable(cls, iterable):
        self = object.__new__(cls)
        self._gen = self._run(iter(iterable))
        return self

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iterable


@_iterator
class compress:
    """Return data elements corresponding to true selector elements."""

    def __new__(cls, *args, **kwargs):
        (data, selectors), _ = _parse('compress', args, kwargs, ['data', 'selectors'], 2)
        self = object.__new__(cls)
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)
        return self


def _predicate_tool(name, body):
    """A class for takewhile/dropwhile/filterfalse: (predicate, iterable), no keywords."""
    def __new__(cls, *args, **kwargs):
        _no_keywords(name, kwargs)
        if len(args) != 2:
            raise TypeError(f'{name} expected 2 arguments, got {len(args)}')
        self = object.__new__(cls)
        self._gen = body(args[0], iter(args[1]))
        return self
    return _iterator(type(name, (), {'__new__': __new__, '__module__': 'itertools'}))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


dropwhile = _predicate_tool('dropwhile', _dropwhile)
takewhile = _predicate_tool('takewhile', _takewhile)
filterfalse = _predicate_tool('filterfalse', _filterfalse)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    # Models itertoolsmodule.c groupby_next()/_grouper_next(): the groupby holds the current
    # value and key; a group yields while the key matches and only while it is the newest
    # group.  As in C, the groupby knows its newest group only by identity (gbo->currgrouper
    # is a borrowed pointer): holding the group would make a cycle through its parent.
    def __new__(cls, *args, **kwargs):
        (iterable, key), _ = _parse('groupby', args, kwargs, ['iterable', 'key'], 1)
        self = object.__new__(cls)
        self._keyfunc = None if key is _MISSING else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._currgrouper = None
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING or not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        group = object.__new__(_grouper)
        group._parent = self
        group._tgtkey = self._tgtkey
        self._currgrouper = id(group)
        return self._currkey, group


class _grouper:
    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper != id(self):
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not self._tgtkey == parent._currkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


def _slice_index(v, message):
    if v is None:
        return None
    try:
        i = v.__index__() if not isinstance(v, int) else v
    except AttributeError:
        raise ValueError(message) from None
    if i < 0:
        raise ValueError(message)
    return i


@_iterator
class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __new__(cls, *args, **kwargs):
        _no_keywords('islice', kwargs)
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        start, step = 0, 1
        if len(args) == 2:
            stop = _slice_index(args[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        else:
            stop = _slice_index(args[2], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            start = _slice_index(args[1], 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            start = 0 if start is None else start
            if len(args) == 4 and args[3] is not None:
                step = _slice_index(args[3], 'Step for islice() must be a positive integer or None.')
                if step == 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self = object.__new__(cls)
        self._gen = self._run(iter(args[0]), start, stop, step)
        return self

    @staticmethod
    def _run(it, start, stop, step):
        # Models itertoolsmodule.c islice_next(): skip to the next wanted index, stop at stop;
        # the input is consumed exactly as far as CPython consumes it.
        cnt, nxt = 0, start
        while True:
            while cnt < nxt:
                if next(it, _MISSING) is _MISSING:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            item = next(it, _MISSING)
            if item is _MISSING:
                return
            cnt += 1
            yield item
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop


@_iterator
class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __new__(cls, *args, **kwargs):
        (iterable,), _ = _parse('pairwise', args, kwargs, ['iterable'], 1)
        self = object.__new__(cls)
        self._gen = self._run(iter(iterable))
        return self

    @staticmethod
    def _run(it):
        a = next(it, _MISSING)
        if a is _MISSING:
            return
        for b in it:
            yield a, b
            a = b


@_iterator
class starmap:
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""

    def __new__(cls, *args, **kwargs):
        _no_keywords('starmap', kwargs)
        if len(args) != 2:
            raise TypeError(f'starmap expected 2 arguments, got {len(args)}')
        self = object.__new__(cls)
        self._gen = self._run(args[0], iter(args[1]))
        return self

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*tuple(args))


@_iterator
class _tee:
    """Iterator wrapped to make it copyable."""

    def __new__(cls, source, buffers, mine):
        self = object.__new__(cls)
        self._gen = self._run(source, buffers, mine)
        return self

    @staticmethod
    def _run(source, buffers, mine):
        while True:
            if not mine:
                try:
                    value = next(source)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)


_tee.__module__ = 'itertools'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(source, buffers, b) for b in buffers)


@_iterator
class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th
    element comes from the i-th iterable argument, padded with fillvalue."""

    def __new__(cls, *args, **kwargs):
        fillvalue = None
        for key, value in kwargs.items():
            if key != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument \'%s\'' % key)
            fillvalue = value
        self = object.__new__(cls)
        self._gen = self._run([iter(a) for a in args], fillvalue)
        return self

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                value = next(it, _MISSING) if it is not None else _MISSING
                if value is _MISSING:
                    if it is not None:
                        active -= 1
                        if not active:
                            return
                        iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


# ## Combinatoric iterators

def _nonnegative_r(r):
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


@_iterator
class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __new__(cls, *args, **kwargs):
        repeat = 1
        for key, value in kwargs.items():
            if key != 'repeat':
                raise TypeError(f"product() got an unexpected keyword argument '{key}'")
            repeat = value.__index__() if not isinstance(value, int) else value
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in args] * repeat
        self = object.__new__(cls)
        self._gen = self._run(pools)
        return self

    @staticmethod
    def _run(pools):
        # Odometer order: the rightmost pool advances fastest.
        if any(not pool for pool in pools):
            return
        indices = [0] * len(pools)
        while True:
            yield tuple(pool[i] for pool, i in zip(pools, indices))
            for k in reversed(range(len(pools))):
                indices[k] += 1
                if indices[k] < len(pools[k]):
                    break
                indices[k] = 0
            else:
                return


@_iterator
class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __new__(cls, *args, **kwargs):
        (iterable, r), _ = _parse('permutations', args, kwargs, ['iterable', 'r'], 1)
        pool = tuple(iterable)
        r = len(pool) if r is _MISSING or r is None else _nonnegative_r(r)
        self = object.__new__(cls)
        self._gen = self._run(pool, r)
        return self

    @staticmethod
    def _run(pool, r):
        # Models itertoolsmodule.c permutations_next(): indices plus per-position cycle counters.
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


@_iterator
class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __new__(cls, *args, **kwargs):
        (iterable, r), _ = _parse('combinations', args, kwargs, ['iterable', 'r'], 2)
        pool = tuple(iterable)
        self = object.__new__(cls)
        self._gen = self._run(pool, _nonnegative_r(r))
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


@_iterator
class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""

    def __new__(cls, *args, **kwargs):
        (iterable, r), _ = _parse('combinations_with_replacement', args, kwargs, ['iterable', 'r'], 2)
        pool = tuple(iterable)
        self = object.__new__(cls)
        self._gen = self._run(pool, _nonnegative_r(r))
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
