# itertools: count, cycle, repeat, islice (and its errors), accumulate, chain, compress,
# takewhile, dropwhile, filterfalse, starmap, tee, pairwise, zip_longest, groupby.
import itertools as it
import operator

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)))
print(repr(it.count(3)), repr(it.count(1, 2)), repr(it.count(0.5)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), repr(it.repeat(1, 2)))
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice(range(10), 3)), list(it.islice('abc', 1, 2)))
for bad in [(-1,), (0, -1), (0, 5, 0), ('a',)]:
    try:
        it.islice('abc', *bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain('ab', [1], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(7))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(operator.add, ['ab', 'cd'])))
a, b = it.tee([1, 2, 3])
print(next(a), list(a), list(b))
t = it.tee('xyz', 3)
print(len(t), [''.join(x) for x in t])
try:
    it.tee('a', -1)
except ValueError as e:
    print(type(e).__name__, e)
print(list(it.pairwise('abcd')), list(it.pairwise([1])))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest([1], [])))
data = 'aaabbcdd'
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
groups = it.groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
try:
    it.count('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(it.starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    it.repeat()
except TypeError as e:
    print(type(e).__name__, e)
print(list(it.repeat('z', -1)), list(it.islice(it.repeat(7), 2)))
