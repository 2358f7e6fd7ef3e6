"""Module docstring."""
import os
import os.path
from sys import argv as args, path
from os import *

X = 1
Y: int = 2
Z: 'str'
X += 1
del X

if X:
    print(os.getcwd())
else:
    pass

for i in range(3):
    print(i)

while Y:
    Y -= 1

try:
    import missing
except ImportError as e:
    missing = None
finally:
    done = True

with open('f') as fh:
    data = fh.read()

result = [c for c in 'abc']
squares = {n: n * n for n in range(5)}
gen = (x for x in range(3))
lam = lambda: X


def f():
    return os.path.join('a', 'b')


class C:
    pass


print(f(), C(), *args, sep='')
assert X, 'msg'
