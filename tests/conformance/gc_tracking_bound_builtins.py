# Builtin methods bound to an object, super objects, method-wrappers and mappingproxies are
# tracked by the cycle collector and own what they refer to, as in CPython 3.11.
import gc
import sys
import types

gc.collect()
l = []
d = {}
print('list.append bound', gc.is_tracked(l.append), type(l.append).__name__)
print('dict.fromkeys bound to dict', gc.is_tracked(dict.fromkeys))
print('method-wrapper', gc.is_tracked(l.__len__), type(l.__len__).__name__)
print('mappingproxy', gc.is_tracked(types.MappingProxyType(d)))


class Base:
    def hello(self):
        return 'base'


class Child(Base):
    def hello(self):
        return 'child of ' + super().hello()


s = super(Child, Child())
print('super', gc.is_tracked(s), type(s).__name__)
print(Child().hello())

before = sys.getrefcount(l)
m = l.append
w = l.__len__
print('references a bound method and a method-wrapper add:', sys.getrefcount(l) - before)
del m, w
print('and give back:', sys.getrefcount(l) - before)
before = sys.getrefcount(d)
p = types.MappingProxyType(d)
print('a mappingproxy adds:', sys.getrefcount(d) - before)
del p
gc.collect()

l = []
l.append(l.append)
del l
print('list holding its own append', gc.collect())

l = []
l.append(l.__len__)
del l
print('list holding its own __len__', gc.collect())

d = {}
d['proxy'] = types.MappingProxyType(d)
del d
print('dict holding a proxy of itself', gc.collect())


class Node(Base):
    pass


n = Node()
n.sup = super(Node, n)
del n
print('instance holding a super bound to it', gc.collect())

n = Node()
n.hello_twice = [n.hello, super(Node, n).hello]
del n
print('instance holding bound methods of itself', gc.collect())
