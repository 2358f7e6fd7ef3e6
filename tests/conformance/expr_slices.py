s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:8:3], s[5:1:-1])
t = "abcdefgh"
print(t[1:-1], t[::-3], t[100:], t[-100:2])
s[2:4] = ["x", "y", "z"]
print(s)
s[::3] = [0, 0, 0, 0]
print(s)
print(slice(1, 10, 2).indices(5), slice(None, 3))
