# sys.setprofile: 'call'/'return' for Python frames, 'c_call'/'c_return'/'c_exception' around
# builtin functions and methods (the argument is the builtin, bound to its object).
import sys

events = []


def name_of(arg):
    if arg is None:
        return 'None'
    if type(arg).__name__ == 'builtin_function_or_method':
        owner = arg.__self__
        if owner is None or type(owner).__name__ == 'module':
            return 'builtin ' + arg.__name__
        return 'method %s.%s' % (type(owner).__name__, arg.__name__)
    return repr(arg)


def profiler(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, name_of(arg)))


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def gen():
    yield 1
    yield 2


def work():
    items = []
    items.append(3)
    items.extend([1, 2])
    items.sort(key=lambda x: -x)
    n = len(items)
    b = Box(n)
    total = sum(x for x in gen())
    d = dict(a=1)
    d.get('a')
    args = (5, 3)
    m = max(*args)
    bound = items.append
    bound(9)
    list.append(items, 10)
    try:
        int('x')
    except ValueError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    s = sorted(items, reverse=True)
    return b.get() + total + m + len(s) + d['a']


sys.setprofile(profiler)
r = work()
sys.setprofile(None)
print(r)
for e in events:
    print(*e)
print(sys.getprofile())


# A profile function that raises is removed, and the error propagates.
def failing(frame, event, arg):
    raise RuntimeError('profiler failed on ' + event)


def victim():
    return 1


sys.setprofile(failing)
try:
    victim()
except RuntimeError as e:
    print('caught', e)
print(sys.getprofile())
