class Managed:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit:{exc_type.__name__ if exc_type else None}")
        return False
m = Managed("res")
with m as r:
    r.log.append("body")
print(m.log)
try:
    with Managed("err") as e:
        raise KeyError("x")
except KeyError:
    print(e.log)
