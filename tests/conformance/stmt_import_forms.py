import os.path
import sys as system
from os import path as p, sep
from math import *
print(os.path.join("a", "b"), system.platform, p.basename("/x/y"), sep, floor(2.5) if 'floor' in dir() else pi > 3)
