# Module-level code: imports, definitions, loops and try at module scope, annotations.
"""Module docstring."""
import os
import os.path as osp
from collections import OrderedDict as OD, namedtuple
from math import *
x: int = 1
y = [i for i in range(3)]
if __name__ == '__main__':
    print('main')
for k in range(2):
    z = k
else:
    z = None
try:
    import nonexistent_module
except ImportError:
    nonexistent_module = None
finally:
    done = True
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
with CM() if x else None as ctx:
    pass
while x < 0:
    x += 1
del z
global_lambda = lambda: x
def uses_module_names():
    return os.sep, OD, namedtuple, sqrt
class ModuleClass:
    attr = x
    def method(self):
        return self.attr
assert x, 'x must be set'
sorted(y, key=None)
x
