# Control flow: if/elif/else, loops with break/continue/else, match.
def if_else(a):
    if a:
        return 1
    else:
        return 2
def if_elif(a):
    if a == 1:
        x = 'one'
    elif a == 2:
        x = 'two'
    elif a == 3:
        x = 'three'
    else:
        x = 'many'
    return x
def if_no_else(a):
    x = 0
    if a:
        x = 1
    return x
def nested_if(a, b):
    if a:
        if b:
            return 1
        return 2
    return 3
def if_not(a):
    if not a:
        return 1
    return 2
def if_pass(a):
    if a:
        pass
def for_simple(xs):
    total = 0
    for x in xs:
        total += x
    return total
def for_range(n):
    for i in range(n):
        print(i)
def for_break(xs):
    for x in xs:
        if x:
            break
    return x
def for_continue(xs):
    out = []
    for x in xs:
        if x < 0:
            continue
        out.append(x)
    return out
def for_else(xs):
    for x in xs:
        if x == 3:
            break
    else:
        return 'not found'
    return 'found'
def for_else_continue(xs):
    for x in xs:
        if x:
            continue
        print(x)
    else:
        print('done')
def for_nested(xs, ys):
    for x in xs:
        for y in ys:
            if x == y:
                return x
    return None
def for_nested_break(xs, ys):
    for x in xs:
        for y in ys:
            if y:
                break
        else:
            continue
        break
def for_unpack(pairs):
    for a, b in pairs:
        print(a, b)
def for_unpack_star(rows):
    for first, *rest in rows:
        print(first, rest)
def for_enumerate(xs):
    for i, x in enumerate(xs):
        print(i, x)
def for_attr_target(o, xs):
    for o.x in xs:
        pass
def for_subscr_target(d, xs):
    for d['k'] in xs:
        pass
def for_return_inside(xs):
    for x in xs:
        return x
def while_simple(n):
    while n > 0:
        n -= 1
    return n
def while_break(n):
    while n:
        if n == 5:
            break
        n -= 1
def while_continue(n):
    while n > 0:
        n -= 1
        if n % 2:
            continue
        print(n)
def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        print('exhausted')
    return n
def while_true_break(it):
    while True:
        x = next(it)
        if x is None:
            break
        print(x)
def while_nested(a, b):
    while a:
        while b:
            b -= 1
        a -= 1
def loop_in_loop_continue(xs):
    for x in xs:
        while x:
            x -= 1
            if x == 2:
                continue
def early_return(a):
    if a:
        return 'early'
    print('late')
    return 'late'
def multiple_returns(a):
    if a > 0:
        return 1
    elif a < 0:
        return -1
    return 0
def implicit_return(a):
    print(a)
def return_none(): return None
def return_nothing(): return
def ifexp_loop(xs):
    return [x if x else -x for x in xs]
def pass_only():
    pass
def loop_with_try(xs):
    for x in xs:
        try:
            print(x)
        except ValueError:
            continue
def loop_with_try_break(xs):
    for x in xs:
        try:
            if x:
                break
        finally:
            print('f')
