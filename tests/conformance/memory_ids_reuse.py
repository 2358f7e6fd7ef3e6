# id() is the allocator's address: freed blocks are reused most-recent-first, so a new object
# of the same size class takes the block just freed; getallocatedblocks() follows frees.
# Needs reference counting (deallocation at count zero) to match.
import sys
print(id([]) == id([]), id(object()) == id(object()))
a = object()
x = id(a)
del a
b = object()
print(id(b) == x)
l1 = [1, 2, 3]
addr = id(l1)
del l1
l2 = [4, 5, 6]
print(id(l2) == addr)
before = sys.getallocatedblocks()
objs = [object() for _ in range(1000)]
print(sys.getallocatedblocks() - before >= 1000)
del objs
print(sys.getallocatedblocks() - before < 50)
print(hex(id(object()))[:4], id(object()) % 16)
