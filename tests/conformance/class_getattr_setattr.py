class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
class T:
    a = 1
t = T()
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.log)
class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
s = Strict()
s.open = 1
print(s.open)
try:
    s.secret_x
except AttributeError as e:
    print(e)
