import sys
rc = sys.getrefcount

class Obj:
    pass

a = Obj()
print('fresh', rc(a))
b = a
print('alias', rc(a))
del b
print('after del', rc(a))
lst = [a, a, a]
print('in list x3', rc(a))
t = (a,)
print('in tuple', rc(a))
d = {'k': a}
print('dict value', rc(a))
d2 = {a: 1}
print('dict key', rc(a))
s = {a}
print('in set', rc(a))
lst.pop()
print('after pop', rc(a))
lst.clear()
print('after clear', rc(a))
del t, d, d2, s
print('after dels', rc(a))

def f(x):
    return rc(x)
print('as argument', f(a))

def g(x, y):
    z = x
    return rc(x)
print('two locals', g(a, 0))

def outer():
    v = Obj()
    def inner():
        return v
    print('closure cell', rc(v))
    return inner
fn = outer()

class Holder:
    def meth(self):
        return rc(self)
h = Holder()
print('self in method', h.meth())
m = h.meth
print('bound method holds self', rc(h))
del m
print('bound method gone', rc(h))

it = iter([a])
print('list iterator holds list item', rc(a))
x = next(it)
print('next item', rc(a))
del x, it

def gen(o):
    yield o
gg = gen(a)
print('generator created', rc(a))
next(gg)
print('generator running', rc(a))
del gg
print('generator gone', rc(a))

try:
    raise ValueError(a)
except ValueError as e:
    print('exception args', rc(a))
print('handler done', rc(a))

h.attr = a
print('instance attr', rc(a))
del h.attr
print('attr deleted', rc(a))

class Slotted:
    __slots__ = ('p',)
sl = Slotted()
sl.p = a
print('slot', rc(a))
sl.p = None
print('slot cleared', rc(a))

for item in [a]:
    print('for loop target', rc(a))
print('after loop', rc(a))
print('comprehension', [rc(a) for _ in range(1)])
lst2 = [a] * 5
print('repeat', rc(a))
lst2[1:3] = []
print('slice delete', rc(a))
lst2.insert(0, a)
print('insert', rc(a))
lst2.remove(a)
print('remove', rc(a))
del lst2
print('list freed', rc(a))
n = 10 ** 20
print('big int', rc(n))
s1 = 'hello world!' * 2
print('string', rc(s1))
print('tuple', rc((1, a)))
print('list literal', rc([1]))
