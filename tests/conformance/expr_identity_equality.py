a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, id(a) == id(b))
x = "hello world!"
y = "hello world!"
print(x == y, (1, 2) == (1, 2), {1: 2} == {1: 2}, 1 == 1.0 == True)
