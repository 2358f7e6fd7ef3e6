class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Keep:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(len({Keep(), Keep()}))
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and o.v == self.v
    def __hash__(self): return hash(self.v)
print(len({P(1), P(1), P(2)}), P(1) == P(1), P(1) != P(2), P(1) == 1)
