# functools: singledispatch over class hierarchies and ABCs, register forms and errors,
# singledispatchmethod, partialmethod, update_wrapper details, partial of partial, and
# cached_property errors.
import functools
from collections import abc

@functools.singledispatch
def show(obj):
    return f'default {type(obj).__name__}'

@show.register
def _(obj: int):
    return f'int {obj}'

@show.register(float)
@show.register(complex)
def _(obj):
    return f'number {obj}'

@show.register(abc.Mapping)
def _(obj):
    return f'mapping of {len(obj)}'

@show.register(abc.Sequence)
def _(obj):
    return f'sequence of {len(obj)}'

class MyInt(int):
    pass

print(show(1), show(MyInt(7)), show(True), show(2.5), show(1j), show({'a': 1}), show([1, 2]), show('xyz'), show(None))
print(show.dispatch(bool).__name__, show.dispatch(dict) is show.registry[abc.Mapping], len(show.registry))
try:
    show.register(lambda x: x)
except TypeError as e:
    print(type(e).__name__, str(e).split('.')[0])
try:
    show()
except TypeError as e:
    print(type(e).__name__, e)

class Shape:
    @functools.singledispatchmethod
    def scale(self, factor):
        return f'unknown factor {factor!r}'

    @scale.register
    def _(self, factor: int):
        return f'int scale {factor}'

    @scale.register
    def _(self, factor: str):
        return f'named scale {factor}'

s = Shape()
print(s.scale(2), s.scale('big'), s.scale(1.5))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)

cell = Cell()
cell.set_alive()
print(cell._alive, type(Cell.__dict__['set_alive']).__name__)
cell.set_dead()
print(cell._alive)

def base(a, b, c=3, *, d=4):
    return (a, b, c, d)

p1 = functools.partial(base, 1)
p2 = functools.partial(p1, 2, d=40)
print(p2(), p2(30), p2(c=9, d=0), p2.args, p2.keywords, p2.func is base)
print(repr(functools.partial(base, 1, d=2)).startswith('functools.partial(<function base at 0x'))

def original(x, y=1):
    """Original doc."""
    return x + y
original.custom = 'kept'

def wrapper(*args, **kwargs):
    return original(*args, **kwargs)

functools.update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.custom, wrapper.__wrapped__ is original, wrapper(1))

def thin(*a):
    pass

functools.update_wrapper(thin, original, assigned=('__name__',), updated=())
print(thin.__name__, thin.__doc__, hasattr(thin, 'custom'))

class Data:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 1
    @functools.cached_property
    def doubled(self):
        return self.x * 2

try:
    Data().doubled
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Twice:
        @functools.cached_property
        def value(self):
            return 1
        other = value
except RuntimeError as e:
    print(type(e).__name__, e, '|', type(e.__cause__).__name__, e.__cause__)
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(max, [3, 9, 2]))
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
