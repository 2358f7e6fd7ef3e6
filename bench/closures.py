# Closures: nested functions capturing cells, nonlocal updates, higher-order calls.
def make_counter():
    n = 0
    def inc(k):
        nonlocal n
        n += k
        return n
    return inc
def compose(f, g):
    return lambda x: f(g(x))
c = make_counter()
add1 = lambda x: x + 1
dbl = lambda x: x * 2
h = compose(add1, dbl)
acc = 0
for i in range(1200000):
    acc += h(i) - c(1)
print(acc, c(0))
