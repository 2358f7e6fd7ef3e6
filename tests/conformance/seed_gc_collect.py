import gc
class Node:
    def __init__(self):
        self.ref = None
a = Node(); b = Node()
a.ref = b; b.ref = a
del a, b
print(gc.collect() >= 2)
print(gc.isenabled(), gc.get_threshold())
