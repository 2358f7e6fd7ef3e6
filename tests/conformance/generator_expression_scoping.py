x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([(i, j) for i in range(2) for j in range(i + 1)])
