# gc.is_tracked and cycles through generators, iterators, dict views and slices:
# CPython 3.11 tracks them from creation (range iterators are not GC objects).
import gc

gc.collect()


def gen(box):
    box.append(1)
    yield 1
    yield 2


d = {1: 'a', 2: 'b'}
s = {1, 2}
cases = [
    ('generator', gen([])),
    ('genexpr', (x for x in [1])),
    ('list_iterator', iter([1])),
    ('list_reverseiterator', reversed([1])),
    ('tuple_iterator', iter((1,))),
    ('str_ascii_iterator', iter('ab')),
    ('bytes_iterator', iter(b'ab')),
    ('set_iterator', iter(s)),
    ('dict_keyiterator', iter(d)),
    ('dict_valueiterator', iter(d.values())),
    ('dict_itemiterator', iter(d.items())),
    ('dict_reversekeyiterator', reversed(d)),
    ('dict_keys', d.keys()),
    ('dict_values', d.values()),
    ('dict_items', d.items()),
    ('enumerate', enumerate([])),
    ('zip', zip([], [])),
    ('map', map(abs, [])),
    ('filter', filter(None, [])),
    ('reversed', reversed('ab')),
    ('callable_iterator', iter(int, 1)),
    ('slice', slice(1, 2)),
    ('range_iterator', iter(range(3))),
    ('longrange_iterator', iter(range(2 ** 70))),
]
for name, obj in cases:
    print(f'{name:24} {type(obj).__name__:24} {gc.is_tracked(obj)}')
finished = gen([])
list(finished)
print('finished generator', gc.is_tracked(finished))
del cases, finished
gc.collect()

# A generator whose frame holds the list that holds it: finalizing the generator (close)
# clears its frame, which frees the whole cycle, so collect() counts nothing.
box = []
g = gen(box)
box.append(g)
del g, box
print('unstarted generator cycle', gc.collect())

box = []
g = gen(box)
next(g)
box.append(g)
del g, box
print('suspended generator cycle', gc.collect())


def selfish():
    me = yield
    yield me


g = selfish()
next(g)
g.send(g)
del g
print('generator holding itself', gc.collect())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  __del__', self.name)


def holder():
    n = Noisy('in generator frame')
    inner = [n]
    inner.append(inner)
    yield 1


g = holder()
next(g)
outer = [g]
outer.append(outer)
del g, outer
gc.set_debug(gc.DEBUG_SAVEALL)
print('generator with a finalizer in its cycle', gc.collect())
print('  saved', sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
gc.collect()

# Iterators, views and slices in cycles (the container holds the iterator over itself).
for label, make in [
    ('list iterator', lambda l: iter(l)),
    ('list reverse iterator', lambda l: reversed(l)),
    ('enumerate', lambda l: enumerate(l)),
    ('zip', lambda l: zip(l, l)),
    ('map', lambda l: map(len, l)),
    ('filter', lambda l: filter(None, l)),
    ('slice', lambda l: slice(l, None)),
]:
    l = []
    l.append(make(l))
    del l
    print(f'{label} cycle', gc.collect())

d = {}
d['keys'] = d.keys()
d['it'] = iter(d.values())
del d
print('dict with its own view and iterator', gc.collect())


class Node:
    pass


n = Node()
n.items = iter([n])
n.tup = iter((n, 1))
del n
print('instance with iterators over itself', gc.collect())

t = [1, 2, 3]
it = iter(t)
print('iterator freed by refcount', gc.collect())
del it
print('nothing left', gc.collect())
