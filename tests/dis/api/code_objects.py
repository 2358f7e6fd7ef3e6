# Code objects: attributes, co_lines/co_positions/co_lnotab, replace() and its checks, equality.
import types, dis


def sample(a, b=1, /, c=2, *args, d, e=3, **kw):
    def inner():
        return a + d
    x = [y for y in args]
    try:
        return inner() + len(x)
    except TypeError:
        return None


co = sample.__code__
print(type(co) is types.CodeType, types.CodeType.__name__, type(co).__doc__)
for name in sorted(n for n in dir(co) if n.startswith('co_') or n.startswith('_co') or n == 'replace'):
    v = getattr(co, name)
    if callable(v):
        print(name, 'callable')
    elif name == 'co_consts':
        print(name, [c if not hasattr(c, 'co_code') else c.co_qualname for c in v])
    else:
        print(name, repr(v))
print(list(co.co_lines()))
print(list(co.co_positions()))
localsplus = []
while True:
    try:
        localsplus.append(co._varname_from_oparg(len(localsplus)))
    except IndexError as e:
        print('IndexError', e)
        break
print(localsplus)
inner = co.co_consts[1]
print(inner.co_freevars, inner.co_flags, inner.co_qualname, list(inner.co_lines()))
# Equality and hashing.
def same1(): return 1
def same2(): return 1
print(same1.__code__ == same2.__code__, same1.__code__ != same2.__code__, hash(same1.__code__) == hash(same2.__code__))
c1 = compile('x = 1', 'f', 'exec')
c2 = compile('x = 1', 'f', 'exec')
c3 = compile('x = 1.0', 'f', 'exec')
c4 = compile('x = True', 'f', 'exec')
c5 = compile('x = 0.0', 'f', 'exec')
c6 = compile('x = -0.0', 'f', 'exec')
print(c1 == c2, hash(c1) == hash(c2), c1 == c3, c1 == c4, c5 == c6, c1 == 1, c1 != 'x')
print(len({c1, c2}), co == co.replace(), co.replace() is co)
# replace(): every field, then the checks.
r = co.replace(co_name='renamed', co_qualname='q.renamed', co_firstlineno=100, co_filename='other.py')
print(r.co_name, r.co_qualname, r.co_firstlineno, r.co_filename, r == co, list(r.co_lines())[:3])
r = co.replace(co_consts=(None, 'x', 3.5))
print(r.co_consts)
r = co.replace(co_names=('p', 'q'))
print(r.co_names, r.co_varnames)
r = co.replace(co_varnames=tuple('abcdefghij'[:co.co_nlocals]))
print(r.co_varnames, r.co_cellvars, r.co_nlocals)
g = lambda: 7
g.__code__ = same1.__code__.replace(co_consts=(None, 9))
print(g())
for kw in ({'co_argcount': -1}, {'co_flags': -2}, {'co_stacksize': -1}, {'co_firstlineno': -1}, {'co_nlocals': 99},
           {'co_code': b'\x00'}, {'co_code': 'str'}, {'co_names': (1,)}, {'co_names': [1]}, {'co_varnames': ('a',)},
           {'co_filename': 3}, {'co_consts': [1]}, {'foo': 1}, {'co_argcount': 1.5}, {'co_linetable': None},
           {'co_posonlyargcount': 5}):
    try:
        co.replace(**kw)
        print(kw, 'ok')
    except (ValueError, TypeError, SystemError) as e:
        print(kw, type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print('TypeError', e)
print(co.replace.__doc__)
print(repr(co).startswith('<code object sample at 0x'), repr(co).endswith('line 5>'))
# co_lnotab on big line jumps and negative deltas.
src = 'def f():\n    x = 1\n' + '\n' * 300 + '    y = 2\n    return (x,\n        y)\n'
ns = {}
exec(compile(src, 's', 'exec'), ns)
fc = ns['f'].__code__
print(fc.co_lnotab, list(fc.co_lines()), list(dis.findlinestarts(fc)))
# The constructor: types.CodeType(...) with CPython's checks.
def f(a, b): return a + b
c = f.__code__
args = [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags, c.co_code,
        c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name, c.co_qualname, c.co_firstlineno,
        c.co_linetable, c.co_exceptiontable]
c2 = types.CodeType(*args)
print(c2 == c, hash(c2) == hash(c), c2.co_freevars, c2.co_qualname, list(c2.co_lines()) == list(c.co_lines()))
g = lambda a, b: 0
g.__code__ = c2.replace(co_name='g')
print(g(2, 3))
class S(str):
    pass
print(types.CodeType(*args[:9], (S('a'), 'b'), *args[10:]).co_varnames)
tests = [(0, -1), (1, -1), (2, -1), (3, -1), (3, 5), (6, 'x'), (7, [1]), (8, (1,)), (9, (1,)), (10, 1), (13, 'a'),
         (14, 'x'), (0, 1.5), (4, -1), (5, -1), (15, None), (1, 3)]
for i, v in tests:
    a = list(args)
    a[i] = v
    try:
        types.CodeType(*a)
        print(i, 'ok')
    except Exception as e:
        print(i, type(e).__name__, e)
for a, k in [(args[:3], {}), (args, {'x': 1}), (args + [(), (), 1], {})]:
    try:
        types.CodeType(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
print(types.CodeType(*args, ('z',), ('q',)).co_freevars, types.CodeType(*args, (), ('a', 'q')).co_cellvars)
