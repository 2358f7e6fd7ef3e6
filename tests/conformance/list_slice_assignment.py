a = list(range(10))
a[2:5] = []
print(a)
a[:0] = ["start"]
a[len(a):] = ["end"]
print(a)
a[1::2] = ["o"] * len(a[1::2])
print(a)
del a[::3]
print(a)
b = [1, 2, 3]
b[1:2] = "xyz"
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
