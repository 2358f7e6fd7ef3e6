r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(0), range(5) == range(0, 5, 1), list(range(5, 0, -2)), list(reversed(range(3))))
print(range(10**20)[-1], len(range(0, 100, 7)))
