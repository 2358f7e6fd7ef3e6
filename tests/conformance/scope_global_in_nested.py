x = 0
def outer():
    x = 1
    def inner():
        global x
        x = 2
    inner()
    return x
print(outer(), x)
def f():
    y = []
    def g():
        y.append(1)
    g(); g()
    return y
print(f())
try:
    def h():
        print(z)
        z = 1
    h()
except UnboundLocalError as e:
    print(e)
