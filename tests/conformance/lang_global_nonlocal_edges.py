# global and nonlocal: rebinding through several levels, class bodies, and generator scopes.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def make_global_inside():
    global created_later
    created_later = 'made in a function'

make_global_inside()
print(created_later)

def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    before = x
    after = middle()
    return before, after, x

print(outer())

def shadow():
    value = 1
    def f():
        value = 2
        def g():
            nonlocal value
            value += 10
            return value
        return g(), value
    return f(), value

print(shadow())

x = 'module x'
class C:
    x = 'class x'
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(C().method(), C.y, C.z)

def class_in_function():
    v = 'function v'
    class K:
        v = 'class v'
        w = v
        def get(self):
            return v
    return K.w, K().get()

print(class_in_function())

def gen_counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    yield add(1)
    yield add(2)
    yield total

print(list(gen_counter()))

def global_and_local_same_name():
    global counter
    counter = 'replaced'
    def inner():
        return counter
    return inner()

print(global_and_local_same_name(), counter)

def late_binding():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 'rebound'
    return [f() for f in fns]

print(late_binding())

def reads_before_assign():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)

reads_before_assign()

def nonlocal_unbound():
    def inner():
        nonlocal q
        return q
    result = None
    try:
        result = inner()
    except NameError as e:
        result = f'{type(e).__name__}: {e}'
    q = 1
    return result, inner()

print(nonlocal_unbound())
exec('global counter\ncounter = "set by exec"')
print(counter, 'ok' if 'created_later' in globals() else '')

def uses_missing_global():
    global not_there
    return not_there

uses_missing_global()
