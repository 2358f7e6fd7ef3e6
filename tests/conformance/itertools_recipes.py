import itertools
print(list(itertools.islice("abcdefg", 2, None, 2)), list(itertools.pairwise([1, 2, 3, 4])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.repeat("x", 3)))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.filterfalse(None, [0, 1, 0, 2])))
