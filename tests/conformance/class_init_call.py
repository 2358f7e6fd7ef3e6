# Class(...) with a Python __init__: the loop runs __init__ as a frame of its own
# (eval.ts enterInit); what a program sees must stay what type_call gives.
import sys, gc, traceback

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        # type_call's reference, the local `self`, getrefcount's argument
        print('self refs in __init__', sys.getrefcount(self))

p = Point(1, 2)
print(p.x, p.y, sys.getrefcount(p))

class Sub(Point):
    pass
s = Sub(3, 4)
print(type(s).__name__, s.x, s.y)

class Defaults:
    def __init__(self, a, b=10, *rest):
        print('defaults', a, b, rest)
Defaults(1)
Defaults(1, 2, 3, 4)

class ReturnsInt:
    def __init__(self):
        return 1
class Dropped:
    def __del__(self):
        print('dropped', type(self).__name__)
class ReturnsDropped(Dropped):
    def __init__(self):
        return 'no'
for cls in (ReturnsInt, ReturnsDropped):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
        traceback.print_exc(file=sys.stdout)

class Raises(Dropped):
    def __init__(self, n):
        self.n = n
        1 / n
try:
    Raises(0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
gc.collect()
print('after Raises')

class Missing(Dropped):
    def __init__(self, a):
        pass
for args in ((), (1, 2)):
    try:
        Missing(*args) if args else Missing()
    except TypeError as e:
        print('TypeError:', e)
try:
    Missing(1, 2)
except TypeError as e:
    print('TypeError:', e)

from abc import ABC, abstractmethod
class Shape(ABC):
    def __init__(self, n):
        self.n = n
    @abstractmethod
    def area(self): ...
try:
    Shape(1)
except TypeError as e:
    print('TypeError:', e)

class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)
try:
    Deep(0)
except RecursionError as e:
    print('RecursionError:', e)

class Caller:
    def __init__(self):
        f = sys._getframe()
        print('caller of __init__:', f.f_back.f_code.co_name, f.f_code.co_name)
def make():
    return Caller()
make()

class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print('TypeError:', e)

class Later:
    pass
Later.__init__ = lambda self, v: setattr(self, 'v', v)
print(Later(5).v)
def init2(self, v):
    self.v = v * 2
Later.__init__ = init2
print(Later(5).v)
del Later.__init__
try:
    Later(5)
except TypeError as e:
    print('TypeError:', e)

def tracer(frame, event, arg):
    if event in ('call', 'return') and frame.f_code.co_name == '__init__':
        print('trace', event, frame.f_code.co_qualname, arg if event == 'return' else '')
    return tracer
sys.settrace(tracer)
Point(5, 6)
sys.settrace(None)
Point(7, 8)
