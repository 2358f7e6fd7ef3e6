# Classes and attribute access: method calls, instance attributes, properties.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
    def step(self):
        self.pos = self.pos.add(self.vel)
ps = [Particle(i) for i in range(100)]
for _ in range(6000):
    for p in ps:
        p.step()
print(sum(p.pos.norm1 for p in ps))
