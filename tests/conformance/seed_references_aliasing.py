numbers = [1, 2, 3]
print(len(numbers))
numbers[0] = 42
print(numbers)
a = [1, 2, 3]
b = a
del a
print(b)
x = 10
print(type(x))
print(id(x) == id(10), b is b, [1] is [1], [1] == [1])
c = b
c.append(4)
print(b, c is b)
s = "immutable"
t = s
s += "!"
print(s, t, s is t)
