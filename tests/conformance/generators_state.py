def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, next(g), list(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
import itertools
print(list(itertools.takewhile(lambda x: x < 50, fib())))
