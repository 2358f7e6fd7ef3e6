class C:
    x = 1
c = C()
setattr(c, "y", 2)
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "default"), hasattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"), vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
