import gc
class Node:
    def __init__(self):
        self.ref = None
a = Node(); b = Node()
a.ref = b; b.ref = a
del a, b
print(gc.collect())
l1 = []; l2 = [l1]; l1.append(l2)
del l1, l2
print(gc.collect())
class N2:
    def __init__(self):
        self.data = []
nodes = [N2() for i in range(5)]
for i in range(5):
    nodes[i].next = nodes[(i + 1) % 5]
del nodes
print(gc.collect())
class D:
    def __del__(self):
        print('D del')
x = D(); y = D()
x.o = y; y.o = x
del x, y
print('collect', gc.collect())
print(gc.collect())
print(gc.isenabled(), gc.get_threshold())
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked('a'))
def cb(phase, info):
    print(phase, sorted(info.items()))
gc.callbacks.append(cb)
z = []; z.append(z); del z
gc.collect()
gc.callbacks.clear()
