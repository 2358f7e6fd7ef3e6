it = iter(range(3))
print(next(it), next(it), next(it), next(it, None))
print(list(iter([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed([])))
class Fib:
    def __init__(self, limit): self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self): return self
    def __next__(self):
        if self.a > self.limit: raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(50)), sum(Fib(100)), max(Fib(10)))
