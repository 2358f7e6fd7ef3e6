# itertools combinatoric generators: product, permutations, combinations,
# combinations_with_replacement, with edge cases and errors.
import itertools as it

print(list(it.product('ab', [1, 2])))
print(list(it.product('01', repeat=3)))
print(list(it.product()), list(it.product('ab', [])), len(list(it.product(range(3), repeat=2))))
print(list(it.permutations('abc')))
print(list(it.permutations('abcd', 2)))
print(list(it.permutations('ab', 3)), list(it.permutations([], 0)), list(it.permutations(range(3), 0)))
print(list(it.combinations('abcd', 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations('ab', 3)), list(it.combinations('abc', 0)))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.combinations_with_replacement([1, 2], 3)), list(it.combinations_with_replacement('', 2)))
print(sum(1 for _ in it.permutations(range(6))), sum(1 for _ in it.combinations(range(10), 4)))
for name, f in [('permutations', lambda: it.permutations('ab', -1)),
                ('combinations', lambda: it.combinations('ab', -1)),
                ('cwr', lambda: it.combinations_with_replacement('ab', -2)),
                ('product', lambda: it.product('ab', repeat=-1))]:
    try:
        print(name, list(f()))
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    it.combinations('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    it.product(5)
except TypeError as e:
    print(type(e).__name__, e)
p = it.permutations([3, 1, 2])
print(next(p), next(p), list(p))
print(list(it.product([1, 2], 'x', repeat=2)))
print([''.join(c) for c in it.combinations('python', 5)])
