import functools, operator, heapq, bisect
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(int, base=2)("101"), operator.itemgetter(1, 0)("ab"))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
h = [5, 1, 4, 2, 3]; heapq.heapify(h); print(h, heapq.heappop(h), h)
print(bisect.bisect([1, 2, 4], 3), operator.attrgetter("real")(3), repr(operator.itemgetter(1)), functools.partial(max, 1))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"
print(hello.__name__, hello.__doc__)
class C:
    @functools.cached_property
    def x(self):
        print("computing"); return 42
c = C(); print(c.x, c.x)
