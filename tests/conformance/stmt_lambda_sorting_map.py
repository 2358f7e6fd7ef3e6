pairs = [(3, "c"), (1, "a"), (2, "b")]
print(list(map(lambda p: p[1].upper(), sorted(pairs))), min(pairs, key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, inc)(5), (lambda *args, **kw: (args, kw))(1, a=2))
print(list(filter(lambda s: s.startswith("a"), ["apple", "banana", "avocado"])))
