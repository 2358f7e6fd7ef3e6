# Sorting with key functions and tuples.
import random
rows = [((i * 7919) % 1000, "name%d" % ((i * 31) % 997), i) for i in range(200000)]
a = sorted(rows)
b = sorted(rows, key=lambda r: (r[1], -r[2]))
c = sorted(rows, key=lambda r: r[0], reverse=True)
print(a[0], b[0], c[0], a[-1][2] + b[-1][2] + c[-1][2])
