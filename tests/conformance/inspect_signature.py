# inspect.signature of functions of every parameter kind, builtins (from their Argument
# Clinic text signatures), classes, methods, partials and wrapped functions; Parameter,
# Signature, bind/bind_partial, replace, equality.
import functools
import inspect
from inspect import Parameter, Signature


def every_kind(a, b: int = 1, /, c=2, *args, d, e: 'str' = 'x', **kw) -> list:
    pass

def kwonly(a, *, b, c=3):
    pass

def posonly(x, y=[1, 2], /):
    pass

def nothing():
    pass

def varargs_only(*args, **kwargs):
    pass

lam = lambda p, q=3, *r, s=4: p


class C:
    def __init__(self, x, y=2):
        pass

    def method(self, z, /, w=0):
        pass

    @classmethod
    def cm(cls, w):
        pass

    @staticmethod
    def sm(v, *, u=None):
        pass

    def __call__(self, k, **more):
        pass


class WithNew:
    def __new__(cls, size, fill=' '):
        return super().__new__(cls)


class Plain:
    pass


class Meta(type):
    def __call__(cls, token):
        return super().__call__()


class Made(metaclass=Meta):
    pass


class ListChild(list):
    pass


def show(label, obj):
    try:
        print(f'{label:28} {inspect.signature(obj)}')
    except (ValueError, TypeError) as e:
        print(f'{label:28} {type(e).__name__}: {e}')


for label, obj in [
    ('every_kind', every_kind), ('kwonly', kwonly), ('posonly', posonly),
    ('nothing', nothing), ('varargs_only', varargs_only), ('lambda', lam),
    ('C', C), ('C.method', C.method), ('C().method', C().method), ('C.cm', C.cm),
    ('C.sm', C.sm), ('C()', C(1)), ('WithNew', WithNew), ('Plain', Plain), ('Made', Made),
    ('ListChild', ListChild),
    ('len', len), ('print', print), ('sorted', sorted), ('max', max), ('iter', iter),
    ('getattr', getattr), ('divmod', divmod), ('pow', pow), ('round', round),
    ('sum', sum), ('isinstance', isinstance), ('__import__', __import__),
    ('dict.get', dict.get), ('{}.get', {}.get), ('dict.fromkeys', dict.fromkeys),
    ('list.append', list.append), ('[].append', [].append), ('list.sort', list.sort),
    ('str.join', str.join), ('"".split', ''.split), ('str.replace', str.replace),
    ('int.from_bytes', int.from_bytes), ('int.to_bytes', int.to_bytes),
    ('object.__init__', object.__init__), ('int.__add__', int.__add__),
    ('(1).__add__', (1).__add__), ('str.__new__', str.__new__),
    ('object', object), ('list', list), ('tuple', tuple), ('float', float),
    ('int', int), ('dict', dict), ('type', type), ('range', range),
    ('partial(every_kind, 1, c=5)', functools.partial(every_kind, 1, c=5)),
    ('partial(kwonly, b=2)', functools.partial(kwonly, b=2)),
    ('42', 42),
]:
    show(label, obj)


@functools.wraps(every_kind)
def wrapper(*args, **kwargs):
    return every_kind(*args, **kwargs)

show('wrapper', wrapper)
print(inspect.signature(wrapper, follow_wrapped=False))
print(inspect.unwrap(wrapper) is every_kind)

sig = inspect.signature(every_kind)
print(repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, int(p.kind), p.kind.description, repr(p.default), p.annotation)
print(sig.return_annotation, sig.return_annotation is list)
print(inspect.signature(nothing).return_annotation is Signature.empty, Parameter.empty is inspect._empty)
print(type(sig.parameters).__name__, list(sig.parameters))

ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
print(sig.bind_partial(1, d=2))
print(sig.bind_partial(e='y').args, sig.bind_partial(e='y').kwargs)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {'c': 9, 'd': 1}), ((1,), {'b': 2, 'd': 1}),
                     ((1,), {'d': 1, 'zz': 2})]:
    try:
        sig.bind(*args, **kwargs)
        print('bound', args, kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    inspect.signature(kwonly).bind(1, 2)
except TypeError as e:
    print('TypeError:', e)

print(sig.replace(return_annotation=Signature.empty))
print(sig.replace(parameters=list(sig.parameters.values())[:3]))
p = Parameter('x', Parameter.KEYWORD_ONLY, default=3)
print(p, p.replace(name='y', annotation=int), p.replace(kind=Parameter.VAR_KEYWORD, default=Parameter.empty))
print(Signature([Parameter('a', Parameter.POSITIONAL_ONLY), p], return_annotation='R'))
print(Signature())
for bad in [lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1),
            lambda: Parameter('def', Parameter.POSITIONAL_OR_KEYWORD),
            lambda: Parameter('a', 7),
            lambda: Signature([p, Parameter('b', Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]),
            lambda: Signature([Parameter('a', 1), Parameter('a', 3)])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(sig == inspect.signature(every_kind), hash(sig) == hash(inspect.signature(every_kind)))
print(inspect.signature(kwonly) == inspect.signature(lambda a, *, c=3, b: 0))
print(inspect.signature(kwonly) == inspect.signature(posonly))
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, str(Parameter.VAR_KEYWORD))
print(inspect.formatannotation(int), inspect.formatannotation(inspect.Signature),
      inspect.formatannotation('text'), inspect.formatannotation(list[int]))
print(inspect.getfullargspec(every_kind))
print(inspect.getfullargspec(C.method))
