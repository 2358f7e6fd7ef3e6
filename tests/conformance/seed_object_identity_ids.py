a = 1000
b = a
print(a is b, id(a) == id(b))
lst = [1, 2, 3]
lst2 = lst
lst2.append(4)
print(lst, id(lst) == id(lst2))
def modify(x):
    x.append("new")
    x = ["rebound"]
    return x
m = [0]
r = modify(m)
print(m, r, m is r)
