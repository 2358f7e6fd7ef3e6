class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
    @classmethod
    def reset(cls):
        cls.total = 0
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.total)
Counter.reset()
print(Counter.total, cs[0].total)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
print(b.items, a.items is b.items)
