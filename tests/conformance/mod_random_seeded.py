import random
random.seed(42)
print(random.random())
print(random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.randrange(0, 50, 5))
random.seed(7)
print([round(random.gauss(0, 1), 6) for _ in range(3)])
