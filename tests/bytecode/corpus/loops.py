def while_simple(n):
    i = 0
    while i < n:
        i += 1
    return i

def while_break_else(xs):
    i = 0
    while i < len(xs):
        if xs[i] == 0:
            break
        i += 1
    else:
        return -1
    return i

def while_true_break():
    n = 0
    while True:
        n += 1
        if n > 10:
            break
    return n

def while_continue(n):
    total = 0
    while n:
        n -= 1
        if n % 2:
            continue
        total += n
    return total

def for_simple(xs):
    total = 0
    for x in xs:
        total += x
    return total

def for_break_else(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        i = None
    return i

def for_continue(xs):
    out = []
    for x in xs:
        if not x:
            continue
        out.append(x)
    return out

def nested_loops(n):
    count = 0
    for i in range(n):
        for j in range(i):
            if j == 3:
                break
            count += j
    return count

def for_return_inside(xs):
    for x in xs:
        if x > 10:
            return x
    return None

def for_tuple_target(pairs):
    d = {}
    for k, v in pairs:
        d[k] = v
    return d

def while_else_only(n):
    while n > 0:
        n -= 2
    else:
        n = 0
    return n

def for_range_step():
    for i in range(10, 0, -2):
        print(i)

def while_not(x):
    while not x:
        x = x + 1
    return x

def loop_with_try(xs):
    for x in xs:
        try:
            y = 1 / x
        except ZeroDivisionError:
            continue
        print(y)
