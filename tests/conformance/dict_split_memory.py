# What key-sharing instance dicts cost the allocator: a values array allocated with each
# instance, the dict object only when __dict__ is asked for, a combined table when a key
# does not fit the class's shared keys; and what the cycle collector counts.
import gc
import sys
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
pts = [Point(None, None) for i in range(1000)]
after = tracemalloc.get_traced_memory()[0]
print("traced bytes per instance", round((after - before) / 1000))
dicts = [p.__dict__ for p in pts]
after2 = tracemalloc.get_traced_memory()[0]
print("traced bytes per materialised dict", round((after2 - after) / 1000))
tracemalloc.stop()
del pts, dicts


class Plain:
    pass


b0 = sys.getallocatedblocks()
objs = [Plain() for i in range(100)]
b1 = sys.getallocatedblocks()
print("blocks per empty instance", round((b1 - b0) / 100))
for o in objs:
    o.a = None
b2 = sys.getallocatedblocks()
print("blocks per instance after an attribute", round((b2 - b1) / 100))
for o in objs:
    o.__dict__
b3 = sys.getallocatedblocks()
print("blocks per instance after __dict__", round((b3 - b2) / 100))
for o in objs:
    o.__dict__[0] = None
b4 = sys.getallocatedblocks()
print("blocks per instance after a non-str key", round((b4 - b3) / 100))
del objs, o

# Sizes of a split dict follow the class's shared keys, even after more instances.
keep = Plain()
keep.a = 1
d = keep.__dict__
sizes = [sys.getsizeof(d)]
for i in range(5):
    Plain()
    sizes.append(sys.getsizeof(d))
print("one dict, more instances", sizes)

# A cycle through instance attributes: the dicts are counted only once they exist.
gc.collect()


class Node:
    pass


a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("cycle of two instances", gc.collect())
a, b = Node(), Node()
a.other, b.other = b, a
a.__dict__, b.__dict__
del a, b
print("same, dicts materialised", gc.collect())
a = Node()
a.l = [a]
del a
print("instance and its list", gc.collect())
