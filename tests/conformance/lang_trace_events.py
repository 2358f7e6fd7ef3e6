# sys.settrace: the call/line/return/exception events of CPython 3.11, with f_lineno,
# across calls, loops (a backward jump repeats the line), generators and exceptions.
import sys

events = []


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[1], BaseException):
        return arg[0].__name__ + ':' + str(arg[1])
    return repr(arg)


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, show(arg)))
    return tracer


def add(a, b):
    return a + b


def loop(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    while n > 0:
        n -= 1
    return total


def gen(n):
    for i in range(n):
        yield i * 10
    return 'done'


def thrower(x):
    if x:
        raise ValueError('bad %d' % x)
    return x


def catcher(x):
    try: return thrower(x)
    except ValueError as e: return str(e)


def middle(x):
    return thrower(x) + 1


def outer():
    try: middle(2)
    except ValueError: pass
    return 'ok'


def run():
    loop(3)
    print_list = list(gen(2))
    catcher(0)
    catcher(5)
    outer()
    squares = [k * k for k in range(2)]
    return print_list, squares


sys.settrace(tracer)
result = run()
sys.settrace(None)
print(result)
for e in events:
    print(*e)
print(sys.gettrace())
