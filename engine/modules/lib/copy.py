"""Shallow and deep copy operations — glasspy's implementation of Python 3.11's copy module."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), frozenset)


def copy(x):
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x))


def _reduce(x):
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    try:
        rv = x.__reduce_ex__(4) if reductor is not None and cls.__reduce_ex__ is not object.__reduce_ex__ else None
    except TypeError:
        rv = None
    if rv is None:
        state = getattr(x, '__dict__', None)
        slots = {}
        for klass in cls.__mro__:
            for name in klass.__dict__.get('__slots__', ()):
                if hasattr(x, name) and name not in ('__dict__', '__weakref__'):
                    slots[name] = getattr(x, name)
        if slots:
            state = (state, slots)
        rv = (_new_empty, (cls,), state)
    return rv


def _new_empty(cls):
    return cls.__new__(cls)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and type(y).__setstate__ is not getattr(object, '__setstate__', None):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
