# Generators: a lazy pipeline of generator functions and generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
total = 0
for _ in range(12):
    total += sum(squares(evens(numbers(200000))))
print(total, sum(x for x in range(100000) if x % 3 == 0))
