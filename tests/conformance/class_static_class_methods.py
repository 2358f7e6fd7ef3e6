class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class D(C): pass
C.make(); D.make()
print(C.count, C.helper(4), D().helper(5), type(D.make()).__name__)
