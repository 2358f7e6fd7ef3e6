# random with a fixed integer seed: every method must give CPython's numbers.
import random

random.seed(12345)
print(random.random(), random.random())
print(random.randint(1, 100), random.randint(-5, 5), random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.choices('abc', k=5), random.choices(range(10), weights=[1] * 9 + [50], k=4))
print(random.choices(['x', 'y', 'z'], cum_weights=[1, 2, 10], k=6))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 5), random.sample('abcdef', 3), random.sample([1, 2, 3], k=3))
print(random.sample(['r', 'g', 'b'], counts=[3, 1, 2], k=4))
print(random.uniform(1.0, 2.0), random.triangular(0, 10, 3), random.getrandbits(16), random.getrandbits(70), random.getrandbits(0))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(5, 1), random.lognormvariate(0, 0.5))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2.0, 1.5), random.gammavariate(0.5, 1.0))
print(random.paretovariate(2.5), random.weibullvariate(1.0, 1.5), random.vonmisesvariate(0.0, 4.0), random.vonmisesvariate(1, 0))
print(random.randbytes(6))
state = random.getstate()
x1 = [random.random() for _ in range(3)]
random.setstate(state)
x2 = [random.random() for _ in range(3)]
print(x1 == x2, len(state), state[0], len(state[1]))
r = random.Random(99)
print(r.random(), r.randint(1, 6), r.choice('xyz'), random.Random(99).random() == random.Random(99).random())
random.seed(2**100 + 7)
print(random.random(), random.randrange(2**80))
random.seed(-5)
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(None)
errors = [('randrange(0)', lambda: random.randrange(0)), ('randrange(5, 1)', lambda: random.randrange(5, 1)),
          ('randrange step 0', lambda: random.randrange(1, 10, 0)), ('randint(5, 1)', lambda: random.randint(5, 1)),
          ('choice([])', lambda: random.choice([])), ('sample too big', lambda: random.sample([1, 2], 3)),
          ('sample set', lambda: random.sample({1, 2}, 1)), ('choices bad weights', lambda: random.choices('ab', [1], k=1)),
          ('getrandbits(-1)', lambda: random.getrandbits(-1)), ('randrange float', lambda: random.randrange(1.5)),
          ('choices zero weights', lambda: random.choices('ab', [0, 0])), ('sample negative', lambda: random.sample([1], -1))]
for label, f in errors:
    try:
        print(label, f())
    except (ValueError, TypeError, IndexError) as e:
        print(label, '->', type(e).__name__, e)
