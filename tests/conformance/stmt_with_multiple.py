class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.name == "b"
with CM("a") as x, CM("b") as y:
    print("inside", x, y)
    raise ValueError("boom")
print("suppressed by b")
try:
    with CM("c"):
        raise KeyError("c")
except KeyError as e:
    print("propagated", e)
