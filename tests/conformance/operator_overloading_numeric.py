class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __mul__(self, k): return Money(self.cents * k)
    def __truediv__(self, k): return Money(self.cents // k)
    def __lt__(self, o): return self.cents < o.cents
    def __eq__(self, o): return self.cents == o.cents
    def __repr__(self): return f"${self.cents / 100:.2f}"
    def __bool__(self): return self.cents != 0
    def __abs__(self): return Money(abs(self.cents))
    def __neg__(self): return Money(-self.cents)
print(Money(150) + Money(25), sum([Money(100), Money(250)]), Money(999) * 3, Money(1000) / 3)
print(max(Money(5), Money(50)), sorted([Money(3), Money(1)]), bool(Money(0)), abs(-Money(7)), Money(1) == Money(1))
