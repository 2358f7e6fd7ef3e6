x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
class A:
    v = 1
a = A()
a.v += 10
d = {"k": 1}
d["k"] += 5
print(a.v, A.v, d)
s = "ab"
s *= 3
print(s)
