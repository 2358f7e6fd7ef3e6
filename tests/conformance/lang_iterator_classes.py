# Iterator classes: __iter__/__next__, exhaustion, sentinel iter(), and interplay with builtins.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(iter(Countdown(0)), 'default'))

class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable('ab')
print(list(r), list(r), sorted(r, reverse=True), max(r), 'a' in r, dict.fromkeys(r), set(r) == {'a', 'b'})

class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
import itertools
print(list(itertools.islice(Fib(), 10)), next(iter(Fib())))

it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, 'done'))
calls = iter(range(10))
print(list(iter(lambda: next(calls), 4)))
print(list(zip(Countdown(3), 'abc', range(100))), list(enumerate(Countdown(2), 1)), list(map(str, Countdown(2))))
print(sum(Countdown(4)), min(Countdown(3)), any(Countdown(0)), all(Countdown(2)), tuple(filter(lambda n: n % 2, Countdown(5))))
a, b, *c = Countdown(5)
print(a, b, c, [*Countdown(2), *Countdown(1)])

class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('payload')
print(list(StopWithValue()))
def delegator():
    result = yield from gen_with_return()
    yield f'got {result}'
def gen_with_return():
    yield 1
    return 'the return value'
print(list(delegator()))

class BadNext:
    def __iter__(self):
        return self
class NotAnIterator:
    def __iter__(self):
        return [1, 2]
def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, StopIteration, RuntimeError) as e:
        print(label, type(e).__name__ + ':', e)
attempt('no __next__', lambda: list(BadNext()))
attempt('__iter__ returns list', lambda: iter(NotAnIterator()))
attempt('next on list', lambda: next([1]))
attempt('next exhausted', lambda: next(iter([])))
attempt('iter sentinel not callable', lambda: iter(5, 0))
def leaky():
    yield next(iter([]))
attempt('StopIteration in generator', lambda: list(leaky()))
gen = (x for x in range(2))
print(next(gen), next(gen), next(gen, 'exhausted'))
it2 = iter('z')
next(it2)
next(it2)
