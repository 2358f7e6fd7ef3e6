class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

print('-- del statement')
x = D('x')
del x
print('-- rebinding')
y = D('y1')
y = D('y2')
print('-- list.clear drops from the end')
l = [D('a'), D('b'), D('c')]
l.clear()
print('-- del list drops from the end')
l = [D('a'), D('b'), D('c')]
del l
print('-- tuple')
t = (D('t1'), D('t2'))
del t
print('-- dict entries in insertion order')
d = {'one': D('d1'), 'two': D('d2')}
del d
print('-- function exit frees locals in order')
def f():
    p = D('p')
    q = D('q')
    print('leaving f')
f()
print('-- return value survives')
def mk():
    return D('ret')
r = mk()
print('got', r.name)
del r
print('-- expression statement')
D('temp')
print('-- nested containers')
outer = [D('o1'), [D('i1'), D('i2')], D('o2')]
del outer
print('-- instance attributes')
class H:
    pass
h = H()
h.a = D('ha')
h.b = D('hb')
del h
print('-- resurrection')
saved = []
class R:
    def __del__(self):
        print('R del')
        saved.append(self)
rr = R()
del rr
print('saved', len(saved))
saved.clear()
print('-- exception in __del__')
class Bad:
    def __del__(self):
        raise ValueError('oops')
b = Bad()
del b
print('-- pop and discard')
l = [D('p1'), D('p2')]
l.pop()
print('popped')
l.pop(0)
print('end of pops')
print('-- dict pop / del item')
d = {'k': D('dk'), 'm': D('dm')}
d.pop('k')
del d['m']
print('-- set discard')
s = {D('s1')}
s.clear()
print('-- except handler ends')
def raiser():
    loc = D('frame local')
    raise KeyError('k')
try:
    raiser()
except KeyError:
    print('in handler')
print('after handler')
print('-- closure')
def make():
    c = D('cell')
    def inner():
        return c
    return inner
fn = make()
print('have closure')
del fn
print('-- generator')
def gen():
    g = D('gen local')
    yield 1
    yield 2
it = gen()
next(it)
del it
print('-- deep nesting')
deep = []
for i in range(100000):
    deep = [deep]
del deep
print('deep freed')
print('-- end of program')
last = D('at exit')
