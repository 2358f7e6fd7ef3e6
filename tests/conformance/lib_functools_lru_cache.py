# functools.lru_cache and cache: hits/misses, maxsize, typed, cache_clear, wrapped attributes.
import functools

calls = []

@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n

print(square(2), square(3), square(2), square(4), square(3))
print(calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)
square.cache_clear()
print(square.cache_info())
print(square.__name__, square.__wrapped__.__name__, square.cache_parameters())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('ident', x))
    return x

calls.clear()
print(ident(1), ident(1.0), ident(True), ident(1))
print(calls, ident.cache_info(), ident.cache_parameters())

@functools.lru_cache(maxsize=None)
def untyped(x):
    calls.append(('untyped', x))
    return x

calls.clear()
print(untyped(1), untyped(1.0), untyped(True))
print(calls, untyped.cache_info())

@functools.cache
def kw(a, b=2, *, c=3):
    calls.append((a, b, c))
    return a + b + c

calls.clear()
print(kw(1), kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=3), kw(1, c=4))
print(len(calls), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.lru_cache(maxsize='big')
except TypeError as e:
    print(type(e).__name__, e)

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x * 10

print(nocache(1), nocache(1), nocache.cache_info())

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x

print(neg(1), neg.cache_info())

class Box:
    @functools.lru_cache(maxsize=8)
    def double(self, v):
        return v * 2

b = Box()
print(b.double(4), b.double(4), Box.double.cache_info())
