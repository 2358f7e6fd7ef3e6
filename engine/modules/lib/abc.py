"""Abstract Base Classes — glasspy's implementation of Python 3.11's abc module (in Python)."""

from _glasspy_abc import init_flags as _init_flags, register_flags as _register_flags, in_weak_set as _in_weak_set
from _weakref import ref as _ref


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# An ABC's registry and caches hold classes weakly, as Modules/_abc.c's sets of weak
# references do: checking or registering a class must not keep it alive (a class made and
# dropped in a loop would otherwise pile up in every ABC it was tested against).  Each entry's
# callback removes it from its set when the class dies; the callback reaches the set through
# a weak reference, so a dead ABC's set is not kept alive by its members' entries either.
# Membership (_in_weak_set) is tested natively: every isinstance() against an ABC asks.

def _add_to_weak_set(s, obj):
    setref = _ref(s)

    def _destroy(wr):
        owner = setref()
        if owner is not None:
            owner.discard(wr)

    s.add(_ref(obj, _destroy))


def _weak_set_members(s):
    """The live members, copied first: a check may run code that changes the set."""
    return [c for c in (wr() for wr in tuple(s)) if c is not None]


# Registering any class may change any ABC's answers, so each ABC's negative cache is
# valid only for the registration count it was filled under (as _py_abc.py's counter).
_abc_invalidation_counter = 0


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, name, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        _init_flags(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        global _abc_invalidation_counter
        _add_to_weak_set(cls._abc_registry, subclass)
        _abc_invalidation_counter += 1
        _register_flags(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if _in_weak_set(cls._abc_cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if _in_weak_set(cls._abc_cache, subclass):
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache.clear()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif _in_weak_set(cls._abc_negative_cache, subclass):
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                _add_to_weak_set(cls._abc_cache, subclass)
            else:
                _add_to_weak_set(cls._abc_negative_cache, subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            _add_to_weak_set(cls._abc_cache, subclass)
            return True
        for rcls in _weak_set_members(cls._abc_registry):
            if issubclass(subclass, rcls):
                _add_to_weak_set(cls._abc_cache, subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                _add_to_weak_set(cls._abc_cache, subclass)
                return True
        _add_to_weak_set(cls._abc_negative_cache, subclass)
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return _abc_invalidation_counter
