def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
def chain(*gens):
    for g in gens:
        yield from g
print(list(chain(countdown(3), "ab", [9])))
def ret():
    return 5
    yield
g = ret()
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
