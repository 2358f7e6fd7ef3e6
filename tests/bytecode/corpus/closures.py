def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def make_adder(n):
    def add(x):
        return x + n
    return add

def deep_closure(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

def closure_param_cell(x, y):
    def g():
        return x
    return g

def uses_global():
    global COUNTER
    COUNTER = 1
    return COUNTER

def lambda_closure(k):
    return lambda x: x * k

def lambda_defaults():
    return lambda a, b=2, *args, c=3, **kw: (a, b, args, c, kw)

def closure_in_loop():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return fs

def del_names(x):
    y = x
    del y
    del x

def nonlocal_rebind():
    v = []
    def set_v(new):
        nonlocal v
        v = new
    set_v([1])
    return v

def kwonly(a, *, b, c=5):
    return a + b + c

def posonly(a, b, /, c):
    return a, b, c

def annotated(a: int, b: 'str' = 'x') -> bool:
    return True
