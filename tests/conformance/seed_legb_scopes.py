x = "global"
def outer():
    x = 10
    def inner():
        x = 20
        print(x)
    inner()
    print(x)
outer()
print(x)
def uses_builtin():
    return len("abc")
print(uses_builtin())
def enclosing():
    y = "enclosing"
    def read():
        return y
    return read()
print(enclosing())
