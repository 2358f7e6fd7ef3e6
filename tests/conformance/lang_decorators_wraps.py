# Decorators with arguments, functools.wraps, decorated methods, and decorator order.
import functools

def trace(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f'[{label}] calling {fn.__name__}{args}{kwargs if kwargs else ""}')
            result = fn(*args, **kwargs)
            print(f'[{label}] {fn.__name__} returned {result!r}')
            return result
        return wrapper
    return deco

def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper

@trace('outer')
@trace('inner')
def add(a, b=1):
    """Add two numbers."""
    return a + b

print(add(2, b=3))
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__wrapped__.__wrapped__ is not None)
print(add.__qualname__, add.__module__, sorted(k for k in add.__dict__))

@plain
def undecorated_name():
    """lost doc"""
print(undecorated_name.__name__, undecorated_name.__doc__, undecorated_name.__qualname__)

def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

class Service:
    @counted
    def handle(self, x):
        return x * 2
    @staticmethod
    @counted
    def helper(y):
        return -y
    @classmethod
    @trace('cls')
    def build(cls, n):
        return cls.__name__ * n
    @property
    @counted
    def value(self):
        return 7

s = Service()
print(s.handle(3), s.handle(4), Service.handle.calls, s.helper(5), Service.helper.calls)
print(Service.build(2), s.value, s.value, type(Service.__dict__['value']).__name__)

def repeat(times):
    if callable(times):
        return repeat(2)(times)
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat
def hello():
    return 'hi'
@repeat(3)
def bye():
    return 'bye'
print(hello(), bye())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

order = []
def mark(name):
    order.append(f'evaluate {name}')
    def deco(fn):
        order.append(f'apply {name}')
        return fn
    return deco
@mark('first')
@mark('second')
def target():
    pass
print(order)
deco_list = [plain, trace('listed')]
@deco_list[1]
def from_list(x):
    return x
from_list('y')
@(lambda fn: fn.__name__.upper())
def named():
    pass
print(named)
@trace('boom')
def fails():
    raise ValueError('from decorated function')
fails()
