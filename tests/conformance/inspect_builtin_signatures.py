# inspect.signature and __text_signature__ of every builtin function, method, slot wrapper
# and type that glasspy shares with CPython 3.11 and that has an Argument Clinic signature
# there (the list was made by comparing both; tools/gen_text_signatures.py writes glasspy's
# table).  Each line: the name, the raw text signature, the rendered signature.
import builtins, gc, inspect, marshal, math, os, sys, time, _thread, _weakref, atexit

OWNERS = {
    'AttributeError': '''
        __init__
    ''',
    'BaseException': '''
        __init__ __repr__ __str__
    ''',
    'OSError': '''
        __init__ __str__
    ''',
    'ImportError': '''
        __init__ __str__
    ''',
    'KeyError': '''
        __str__
    ''',
    'NameError': '''
        __init__
    ''',
    'StopIteration': '''
        __init__
    ''',
    'SyntaxError': '''
        __init__ __str__
    ''',
    'SystemExit': '''
        __init__
    ''',
    'UnicodeDecodeError': '''
        __init__ __str__
    ''',
    'UnicodeEncodeError': '''
        __init__ __str__
    ''',
    'builtins': '''
        __import__ abs all any ascii bin callable chr compile delattr divmod eval exec format
        globals hasattr hash hex id input isinstance issubclass len locals oct open ord pow
        print repr round setattr sorted sum
    ''',
    'bool': '''
        __repr__
    ''',
    'bytearray': '''
        __add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __iadd__ __imul__
        __init__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__
        __rmul__ __setitem__ __sizeof__ append center clear copy decode expandtabs extend
        fromhex hex insert join ljust lstrip partition pop remove removeprefix removesuffix
        replace reverse rjust rpartition rsplit rstrip split splitlines strip translate zfill
    ''',
    'bytes': '''
        __add__ __bytes__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__
        __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __str__ center decode
        expandtabs fromhex hex join ljust lstrip partition removeprefix removesuffix replace
        rjust rpartition rsplit rstrip split splitlines strip translate zfill
    ''',
    'classmethod': '''
        __get__ __init__ __repr__
    ''',
    'builtins.types': '''
        complex enumerate float list memoryview object property reversed tuple
    ''',
    'complex': '''
        __abs__ __add__ __bool__ __complex__ __eq__ __format__ __ge__ __getnewargs__ __gt__
        __hash__ __le__ __lt__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __repr__ __rmul__
        __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ conjugate
    ''',
    'dict': '''
        __contains__ __delitem__ __eq__ __ge__ __gt__ __init__ __ior__ __iter__ __le__ __len__
        __lt__ __ne__ __or__ __repr__ __reversed__ __ror__ __setitem__ fromkeys get pop popitem
        setdefault
    ''',
    'enumerate': '''
        __iter__ __next__
    ''',
    'filter': '''
        __iter__ __next__
    ''',
    'float': '''
        __abs__ __add__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__
        __format__ __ge__ __getformat__ __getnewargs__ __gt__ __hash__ __int__ __le__ __lt__
        __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __repr__
        __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__
        __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex is_integer
    ''',
    'frozenset': '''
        __and__ __eq__ __ge__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __or__
        __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__
    ''',
    'int': '''
        __abs__ __add__ __and__ __bool__ __divmod__ __eq__ __float__ __floordiv__ __format__
        __ge__ __getnewargs__ __gt__ __hash__ __index__ __int__ __invert__ __le__ __lshift__
        __lt__ __mod__ __mul__ __ne__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__
        __rdivmod__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__
        __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sizeof__ __sub__
        __truediv__ __xor__ as_integer_ratio bit_count bit_length from_bytes to_bytes
    ''',
    'list': '''
        __add__ __contains__ __delitem__ __eq__ __ge__ __gt__ __iadd__ __imul__ __init__
        __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __reversed__ __rmul__ __setitem__
        __sizeof__ append clear copy count extend index insert pop remove reverse sort
    ''',
    'map': '''
        __iter__ __next__
    ''',
    'memoryview': '''
        __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__
        __ne__ __repr__ __setitem__ cast hex release tobytes tolist toreadonly
    ''',
    'object': '''
        __delattr__ __dir__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__
        __hash__ __init__ __le__ __lt__ __ne__ __reduce__ __reduce_ex__ __repr__ __setattr__
        __sizeof__ __str__
    ''',
    'property': '''
        __delete__ __get__ __init__ __set__
    ''',
    'range': '''
        __bool__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__
        __lt__ __ne__ __repr__
    ''',
    'reversed': '''
        __iter__ __next__
    ''',
    'set': '''
        __and__ __eq__ __ge__ __gt__ __iand__ __init__ __ior__ __isub__ __iter__ __ixor__ __le__
        __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__
    ''',
    'slice': '''
        __eq__ __ge__ __gt__ __le__ __lt__ __ne__ __repr__
    ''',
    'staticmethod': '''
        __call__ __get__ __init__ __repr__
    ''',
    'str': '''
        __add__ __contains__ __eq__ __format__ __ge__ __getitem__ __gt__ __hash__ __iter__
        __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __sizeof__
        __str__ capitalize casefold center encode expandtabs isalnum isalpha isascii isdecimal
        isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust
        lower lstrip partition removeprefix removesuffix replace rjust rpartition rsplit rstrip
        split splitlines strip swapcase title translate upper zfill
    ''',
    'super': '''
        __get__ __getattribute__ __init__ __repr__
    ''',
    'tuple': '''
        __add__ __contains__ __eq__ __ge__ __getitem__ __getnewargs__ __gt__ __hash__ __iter__
        __le__ __len__ __lt__ __mul__ __ne__ __repr__ __rmul__ count index
    ''',
    'type': '''
        __call__ __delattr__ __dir__ __getattribute__ __init__ __instancecheck__ __repr__
        __setattr__ __sizeof__ __subclasscheck__ __subclasses__ mro
    ''',
    'zip': '''
        __iter__ __next__
    ''',
    'sys': '''
        __displayhook__ __excepthook__ _debugmallocstats _getframe call_tracing displayhook
        exc_info excepthook exception exit get_int_max_str_digits getallocatedblocks
        getdefaultencoding getfilesystemencodeerrors getfilesystemencoding getprofile
        getrecursionlimit getrefcount getswitchinterval gettrace intern is_finalizing
        set_int_max_str_digits setrecursionlimit setswitchinterval
    ''',
    'math': '''
        acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist erf
        erfc exp exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd isclose isfinite
        isinf isnan isqrt lcm ldexp lgamma log10 log1p log2 modf nextafter perm pow prod radians
        remainder sin sinh sqrt tan tanh trunc ulp
    ''',
    'gc': '''
        collect disable enable freeze get_count get_debug get_freeze_count get_objects get_stats
        get_threshold is_finalized is_tracked isenabled set_debug unfreeze
    ''',
    'os': '''
        chdir cpu_count fspath get_terminal_size getcwd getpid getppid listdir lstat mkdir
        remove rename replace rmdir stat unlink urandom
    ''',
    'marshal': '''
        dump dumps load loads
    ''',
    '_weakref': '''
        _remove_dead_weakref getweakrefcount getweakrefs proxy
    ''',
}

for owner, names in OWNERS.items():
    if owner == 'builtins.types':
        objects = [(n, getattr(builtins, n)) for n in names.split()]
    elif owner in ('builtins', 'sys', 'math', 'time', 'gc', 'os', 'marshal', '_thread', '_weakref', 'atexit'):
        module = sys.modules[owner]
        objects = [(f'{owner}.{n}', getattr(module, n)) for n in names.split()]
    else:
        cls = getattr(builtins, owner)
        objects = [(f'{owner}.{n}', getattr(cls, n)) for n in names.split()]
    for label, obj in objects:
        try:
            sig = inspect.signature(obj)
        except ValueError as e:
            sig = f'ValueError: {e}'
        print(label, repr(obj.__text_signature__), sig)
