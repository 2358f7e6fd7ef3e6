def f(a, b=2, *, c=3):
    "docstring"
    return a + b + c
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_varnames)
f.attr = "custom"
print(f.attr, f.__dict__, f.__qualname__, f.__module__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, (lambda: 0).__name__)
