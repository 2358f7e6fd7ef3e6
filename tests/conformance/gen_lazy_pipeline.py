def numbers():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    for x in it:
        yield x * x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, squares(numbers()))))
gen = (x for x in range(3))
print(type(gen).__name__, list(gen), list(gen))
