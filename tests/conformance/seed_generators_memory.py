import sys
def first_n(n):
    i = 0
    while i < n:
        yield i
        i += 1
gen = first_n(1000000)
print(type(gen).__name__, next(gen), next(gen), sum(first_n(10)))
squares = (x * x for x in range(5))
print(list(squares), list(squares))
print(sum(x for x in range(1000)), max(x % 7 for x in range(100)))
