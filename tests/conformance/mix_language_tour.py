x = [3, 1, 2]
x.sort()
print(x, sorted("hello"), {1: 'a', 'b': 2}, (1,), {3, 1, 2}, {10, 100, 1000})
print(f"{3.14159:.2f} {'x':>5}|{42:08b} {1e16} {0.1+0.2} {2**100}")
print("%5.2f|%-4d|%s|%r" % (2.5, 7, 'hi', 'hi'))
print("{} {:>6} {name}".format(1, 'ab', name='N'))
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(5)), max([1, 5, 3]), min(4, 2), abs(-3))
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
print(P(1, 2) + P(3, 4), P(1, 1) == P(1, 1), P(1,2) != P(1,2))
class Q(P):
    def __init__(self, x):
        super().__init__(x, x)
print(Q(5), isinstance(Q(1), P), issubclass(Q, P), Q.__mro__)
d = {k: v for k, v in zip("abc", range(3))}
print(d, [i for i in range(10) if i % 2], {i % 3 for i in range(10)})
try:
    {}['x']
except KeyError as e:
    print('KeyError', e)
with open('/tmp/glasspy_tour_f.txt', 'w') as f:
    f.write('line1\nline2\n')
print(open('/tmp/glasspy_tour_f.txt').read().splitlines())
import sys, time, re, os
print(sys.version_info[:2], re.findall(r'\d+', 'a1b22c333'), os.path.basename('/a/b.py'))
a, *b, c = range(6)
print(a, b, c)
print(1 < 2 < 3, 3 > 2 > 5, not None, 7 // 2, -7 // 2, 7 % -3, 2 ** -1, divmod(7, 2))
print(str(1.0), repr('a\nb'), "abc".upper(), " x ".strip(), "a,b".split(","), ",".join(["x", "y"]))
print(int("ff", 16), float("1e3"), hex(255), bin(5), oct(8), chr(65), ord('A'), round(2.675, 2), round(3.5))
s = 0
i = 0
while i < 10:
    i += 1
    if i == 3: continue
    if i == 8: break
    s += i
else:
    print("no")
print(s)
lam = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
print(lam(1, d=4), lam(1, 2, 3, d=5, z=6))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = outer(); inc(); print(inc())
print(type(None), type(1), type(int), NotImplemented, ...)
