fs = frozenset([1, 2, 3])
print(fs, {fs: "ok"}[frozenset([3, 2, 1])], hash(fs) == hash(frozenset([1, 2, 3])), fs | {4}, type(fs | {4}).__name__)
s = {1, 2}
print(s == {2, 1}, s < {1, 2, 3}, {1} <= s, s.copy() is s, set([fs]))
try:
    {[1]}
except TypeError as e:
    print(e)
