# Nested comprehensions with conditions, walrus inside comprehensions, and scoping.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([x for row in matrix for x in row if x % 2 if x > 2])
print([[x for x in row if x != 4] for row in matrix])
print({(r, c): v for r, row in enumerate(matrix) for c, v in enumerate(row) if r == c})
print({v % 4 for row in matrix for v in row})
print([(a, b) for a in range(4) if a for b in range(a) if (a + b) % 2])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

data = [3, 8, 1, 12, 7]
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
print([total := total + v for v in data], total)
print([(n, sq) for n in range(6) if (sq := n * n) % 2 == 0])
print(sq)

def first_long(words):
    if any(len(w := word) > 4 for word in words):
        return w
    return None

print(first_long(['ab', 'cd', 'efghij', 'klmnopq']), first_long(['a']))

# The iteration variable does not leak; the first iterable is evaluated in the enclosing scope.
x = 'outer'
print([x for x in 'abc'], x)
class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(K.doubled)
gen = (a * b for a in range(3) for b in range(3) if a != b)
print(list(gen), list(gen))
print(sum(len(s) for s in ['aa', 'bbb'] if s), max((len(s), s) for s in ['x', 'yy']))
print({k: [w for w in 'apple banana avocado cherry'.split() if w[0] == k] for k in 'abc'})
nested = [[[i, j, k] for k in range(2) if k <= j] for i in range(2) for j in range(2)]
print(nested)
print([(yy := c) for c in 'hey'], yy)
print(dict((w, len(w)) for w in ('one', 'three')))
print([i for i in range(10)][::3], [*range(3), *'ab'])
print([1 / v for v in [2, 1, 0]])
