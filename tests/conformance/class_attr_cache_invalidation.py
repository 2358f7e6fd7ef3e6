# Attribute loads, method loads and stores remember their type lookup per instruction: class
# attributes rebound, added to a subclass, deleted, shadowed by the instance, turned into a
# property or a data descriptor, __slots__ and __getattr__ types must all be seen at once.
class A:
    x = 1
    def m(self): return 'A.m'
class B(A): pass
b = B()
def probe(o):
    return o.x, o.m(), getattr(o, 'y', None)
out = [probe(b)]
A.x = 2; out.append(probe(b))
B.x = 3; out.append(probe(b))
del B.x; out.append(probe(b))
A.m = lambda self: 'new m'; out.append(probe(b))
b.m = lambda: 'instance m'; out.append(probe(b))
del b.m; out.append(probe(b))
A.x = property(lambda self: 'prop')
out.append((b.x, b.m()))
class D:
    def __set__(self, o, v): print('D.__set__', v)
    def __get__(self, o, t): return 'D.get'
B.y = D(); b.y = 5; out.append(b.y)
del B.y; b.y = 6; out.append(b.y)
for row in out: print(row)
class S:
    __slots__ = ('a',)
s = S()
for i in range(3):
    try: print(s.a)
    except AttributeError as e: print(e)
    s.a = i
try: s.b = 1
except AttributeError as e: print(e)
class G:
    def __getattr__(self, n): return 'ga:' + n
g = G(); print(g.zz, g.__class__.__name__)
def f(o): return o.q
class H: pass
h = H()
for i in range(3):
    try: print(f(h))
    except AttributeError as e: print(e)
    H.q = i
