sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 3)])
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a: a)(1, 2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
