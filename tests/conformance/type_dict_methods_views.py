# dict methods: setdefault, popitem order, fromkeys, | and |=, views and their set operations.
d = {'a': 1, 'b': 2}
print(d.setdefault('a', 100), d.setdefault('c'), d.setdefault('d', []), d)
d['d'].append('x')
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), 'v'))
shared = dict.fromkeys('pq', [])
shared['p'].append(1)
print(shared)
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x, {**x, **y})
x |= y
print(x)
x |= [('z', 26)]
print(x)
k, v, it = x.keys(), x.values(), x.items()
print(k, v, it)
print(k & {'a', 'q'}, k | {'q'}, k - {'a'}, k ^ {'a', 'q'}, {'c', 'zz'} & k)
print(it & {('a', 1), ('b', 99)}, it - {('a', 1)}, k.isdisjoint({'m'}), k == {'a', 'b', 'c', 'z'}, k < {'a', 'b', 'c', 'z', 'y'})
print(list(reversed(x)), list(reversed(x.values())), list(reversed(x.items())), 'a' in k, ('a', 1) in it, 30 in v)
print(len(k), len(it), sorted(v), list(k.mapping.keys()) == list(k), type(k).__name__, type(v).__name__, type(it).__name__)
del x['b']
print(list(k), list(it))
print(x.get('a'), x.get('missing'), x.get('missing', 0), x.pop('a'), x.pop('gone', 'default'), x)
x.update({'n': 1}, m=2)
x.update([('o', 3)])
x.update(p=4)
print(x, dict(zip('ab', (1, 2))), dict([('k', 'v')], extra=1), dict(x) == x, dict(x) is x)
c = x.copy()
c.clear()
print(c, x.__len__(), {1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 'tuple key'})
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m)
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, repr({}), repr({'k': {'n': [1]}}))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('popitem empty', lambda: {}.popitem())
attempt('pop missing', lambda: {}.pop('k'))
attempt('getitem missing', lambda: {'a': 1}['b'])
attempt('unhashable key', lambda: {[1]: 2})
attempt('or with list', lambda: {} | [])
attempt('ior with int', lambda: x.__ior__(5))
attempt('update bad seq', lambda: {}.update([1]))
attempt('update bad pair', lambda: {}.update([(1, 2, 3)]))
attempt('dict from str list', lambda: dict(['ab', 'cde']))
attempt('fromkeys non-iter', lambda: dict.fromkeys(3))
attempt('views sub', lambda: k - 5)
attempt('change during iter', lambda: [x.__setitem__(i, 0) for i in x])
attempt('setdefault no args', lambda: {}.setdefault())
attempt('lt dicts', lambda: {} < {})
print(x)
{'present': 1}['absent']
