g = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
print("g" in globals(), globals()["g"], __name__)
class K:
    attr = 5
    def __init__(self):
        self.x = 1
print(vars(K())["x"], "attr" in vars(K))
