a = b = c = []
a.append(1)
print(b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(a, b), c = [1, 2], 3
[d, e] = "de"
print(a, b, c, d, e)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
