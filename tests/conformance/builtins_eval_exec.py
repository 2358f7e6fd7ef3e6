x = 10
print(eval("x * 2"), eval("[i for i in range(x) if i % 4 == 0]"))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(41)", ns)
print(ns["y"], sorted(k for k in ns if not k.startswith("__")))
code = compile("1 + 2", "<calc>", "eval")
print(eval(code), type(code).__name__)
g = {"v": 3}
exec("v = v * 3", g)
print(g["v"])
