from functools import reduce, partial, cmp_to_key
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
base2 = partial(int, base=2)
print(base2("1010"), base2.func, base2.keywords)
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9], key=cmp_to_key(lambda a, b: compare(b, a))))
