class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, k): return self.x * k
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, a == V(1, 2), a != b, a < b, sorted([b, a]))
print(len(a), a[1], list(a), bool(V(0, 0)), 2 in a, a(10), {a: 1}[V(1, 2)])
class N:
    def __radd__(self, other): return "radd " + str(other)
print(1 + N(), "x" + N() if False else "skip")
