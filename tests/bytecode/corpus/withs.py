def with_simple(path):
    with open(path) as f:
        return f.read()

def with_no_as(lock):
    with lock:
        print('locked')

def with_multiple(a, b):
    with a as x, b as y:
        print(x, y)

def with_nested(a, b):
    with a:
        with b:
            pass

def with_tuple_target(cm):
    with cm as (p, q):
        return p + q

def with_in_loop(cms):
    for cm in cms:
        with cm:
            if cm.stop:
                break

def with_attr_target(obj, cm):
    with cm as obj.attr:
        pass
