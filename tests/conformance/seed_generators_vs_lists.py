def squares_list(n):
    return [i * i for i in range(n)]
def squares_gen(n):
    for i in range(n):
        yield i * i
print(sum(squares_list(1000)), sum(squares_gen(1000)))
g = squares_gen(5)
print(next(g), next(g), list(g))
lazy = (x * 2 for x in range(10**9))
print(next(lazy), next(lazy))
