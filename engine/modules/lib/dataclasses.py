"""Data classes — glasspy's implementation of the core of Python 3.11's dataclasses module.
Generated methods are built with exec, as CPython does, so their behaviour and reprs match."""

import sys
import copy as _copy
from types import MappingProxyType as _MappingProxyType

_EMPTY_METADATA = _MappingProxyType({})

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return f'dataclasses.InitVar[{getattr(self.type, "__name__", repr(self.type))}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if not metadata else _MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name={!r},type={!r},default={!r},default_factory={!r},init={!r},repr={!r},'
                'hash={!r},compare={!r},metadata={!r},kw_only={!r},_field_type={})').format(
            self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
            self.compare, self.metadata, self.kw_only, self._field_type)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def _create_fn(name, args, body, *, globals=None, locals=None):
    locals = {} if locals is None else locals
    txt = f' def {name}({", ".join(args)}):\n' + '\n'.join(f'  {b}' for b in body)
    local_vars = ', '.join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns = {}
    exec(txt, globals if globals is not None else {}, ns)
    return ns['__create_fn__'](**locals)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot=False):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    cls_annotations = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    for name, tp in cls_annotations.items():
        if tp is KW_ONLY or tp == 'KW_ONLY':
            kw_only_now = True
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        f._field_type = 'InitVar' if isinstance(tp, InitVar) else 'Field'
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {f.default.__class__} for field '
                             f'{name} is not allowed: use default_factory')
        fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = [f for f in fields.values() if f._field_type == 'Field']
    globals = sys.modules[cls.__module__].__dict__ if cls.__module__ in sys.modules else {}

    if init:
        std = [f for f in fields.values() if f.init and not f.kw_only]
        kwo = [f for f in fields.values() if f.init and f.kw_only]
        seen_default = False
        for f in std:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        locals = {'__dataclass_MISSING__': MISSING, '__dataclass_builtins_object__': object}
        args = ['self']
        for f in std + ([None] if kwo else []) + kwo:
            if f is None:
                args.append('*')
                continue
            if f.default_factory is not MISSING:
                locals[f'__dataclass_dflt_{f.name}__'] = f.default_factory
                args.append(f'{f.name}=__dataclass_MISSING__')
            elif f.default is not MISSING:
                locals[f'__dataclass_dflt_{f.name}__'] = f.default
                args.append(f'{f.name}=__dataclass_dflt_{f.name}__')
            else:
                args.append(f.name)
        body = []
        for f in fields.values():
            if f._field_type != 'Field':
                continue
            if f.default_factory is not MISSING:
                if f.init:
                    value = f'__dataclass_dflt_{f.name}__() if {f.name} is __dataclass_MISSING__ else {f.name}'
                else:
                    value = f'__dataclass_dflt_{f.name}__()'
            elif f.init:
                value = f.name
            elif f.default is not MISSING:
                locals[f'__dataclass_dflt_{f.name}__'] = f.default
                value = f'__dataclass_dflt_{f.name}__'
            else:
                continue
            body.append(_field_assign(frozen, f.name, value, 'self'))
        if hasattr(cls, '__post_init__'):
            initvars = [f.name for f in fields.values() if f._field_type == 'InitVar']
            body.append(f'self.__post_init__({", ".join(initvars)})')
        if not body:
            body = ['pass']
        fn = _create_fn('__init__', args, body, globals=globals, locals=locals)
        fn.__qualname__ = f'{cls.__qualname__}.__init__'
        cls.__init__ = fn

    if repr and '__repr__' not in cls.__dict__:
        flds = [f for f in all_fields if f.repr]
        running = set()

        def __repr__(self):
            # A dataclass inside itself shows as '...' (reprlib.recursive_repr in CPython).
            key = id(self)
            if key in running:
                return '...'
            running.add(key)
            try:
                return self.__class__.__qualname__ + '(' + ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in flds) + ')'
            finally:
                running.discard(key)
        __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
        cls.__repr__ = __repr__

    cmp_fields = [f for f in all_fields if f.compare]

    def astuple_cmp(self):
        return tuple(getattr(self, f.name) for f in cmp_fields)

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_cmp(self) == astuple_cmp(other)
            return NotImplemented
        __eq__.__qualname__ = f'{cls.__qualname__}.__eq__'
        cls.__eq__ = __eq__

    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(astuple_cmp(self), astuple_cmp(other))
                return NotImplemented
            method.__name__ = name
            method.__qualname__ = f'{cls.__qualname__}.{name}'
            setattr(cls, name, method)

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        __setattr__.__qualname__ = f'{cls.__qualname__}.__setattr__'
        __delattr__.__qualname__ = f'{cls.__qualname__}.__delattr__'
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    # Models dataclasses.py _hash_action: add, set to None, leave, or refuse to overwrite.
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash and has_explicit_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if unsafe_hash or (eq and frozen and not has_explicit_hash):
        def __hash__(self):
            return hash(tuple(getattr(self, f.name) for f in hash_fields))
        __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = __hash__
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields.values() if f.init and not f.kw_only)
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    # Models dataclasses.py _add_slots(): __slots__ can only be set when a class is created,
    # so the class is made again from its namespace, with the fields as slots.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    extra = ('__weakref__',) if weakref_slot else ()
    cls_dict['__slots__'] = tuple(n for n in field_names + extra if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type == 'Field')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == 'ClassVar':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == 'InitVar' and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)
