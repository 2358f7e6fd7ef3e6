vals = [0, 1, -1, 0.0, "", "a", [], [0], {}, {0: 0}, set(), None, (), (None,), range(0), range(1), b"", 0j]
print([bool(v) for v in vals])
class Z:
    def __len__(self): return 0
class T:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Z()), bool(T()), not Z())
