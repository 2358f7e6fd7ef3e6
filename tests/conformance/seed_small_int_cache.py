a = 256
b = 256
print(a is b)
x = int("257")
y = int("257")
print(x is y, x == y)
s1 = "hello"
s2 = "hello"
print(s1 is s2)
print(int("-5") is int("-5"), int("-6") is int("-6"))
