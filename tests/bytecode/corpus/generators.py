def gen_simple(n):
    for i in range(n):
        yield i

def gen_yield_value():
    x = yield 1
    y = yield x
    return y

def gen_yield_from(it):
    yield from it
    yield from range(3)

def gen_return_value():
    yield
    return 5

def gen_with_try():
    try:
        yield 1
    finally:
        print('closed')

def gen_send():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

def gen_yield_from_result(g):
    r = yield from g
    return r
