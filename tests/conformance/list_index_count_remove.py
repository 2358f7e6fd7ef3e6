l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.count(1), l.count(9))
l.remove(2)
print(l, l.pop(1), l)
try:
    l.index(99)
except ValueError as e:
    print(e)
print([1, 2] * 0, [] + [], [[]] * 3, list(reversed(l)), l[::-1] == list(reversed(l)))
