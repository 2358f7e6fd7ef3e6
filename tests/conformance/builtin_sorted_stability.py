pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("Banana", key=str.lower), sorted([3, -1, 2], key=abs))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]))
