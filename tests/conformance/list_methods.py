l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); l.extend([3, 5]); l.insert(0, 0)
print(l, l.count(5), l.index(4), l.pop(), l.pop(0), len(l))
l.remove(1); l.sort(); print(l)
l.reverse(); print(l, l[::-1])
l.sort(key=lambda x: (x % 3, x)); print(l)
c = l.copy(); c.clear(); print(c, l == l.copy(), l is l.copy())
print([1, 2] + [3], [0] * 3, [1, 2] < [1, 3], [[1]] * 2, list("abc"), 5 in l)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nested = [1]; nested.append(nested); print(nested)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
