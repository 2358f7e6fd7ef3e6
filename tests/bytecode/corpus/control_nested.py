def return_in_finally():
    try:
        return 1
    finally:
        return 2

def break_in_finally_loop(xs):
    for x in xs:
        try:
            pass
        finally:
            break
    return x

def continue_in_except(xs):
    out = []
    for x in xs:
        try:
            out.append(1 // x)
        except ZeroDivisionError:
            continue
        else:
            out.append(0)
    return out

def nested_try_return(f):
    try:
        try:
            return f()
        except ValueError:
            return 'value'
        finally:
            print('inner')
    except Exception as e:
        return str(e)
    finally:
        print('outer')

def with_in_try(cm):
    try:
        with cm as c:
            return c.value
    except AttributeError:
        return None

def try_in_with(cm):
    with cm:
        try:
            cm.run()
        except RuntimeError:
            pass

def return_from_with_in_loop(cms):
    for cm in cms:
        with cm as v:
            if v:
                return v
    return None

def while_try_break():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                break
        except KeyError:
            continue
    return n

def for_else_break_continue(rows):
    for row in rows:
        for cell in row:
            if cell is None:
                break
            if cell < 0:
                continue
            print(cell)
        else:
            continue
        break

def deep_if(a, b, c, d):
    if a:
        if b:
            if c:
                return 1
            elif d:
                return 2
        else:
            return 3
    return 4

def loop_if_else_return(xs):
    for x in xs:
        if x:
            return x
        else:
            print(x)

def try_except_reraise_as(f):
    try:
        f()
    except OSError as err:
        raise ValueError(str(err)) from None

def except_tuple_types(f):
    try:
        f()
    except (KeyError, IndexError, ValueError):
        return 1

def finally_only(f):
    try:
        f()
    finally:
        f()

def try_else_finally(f):
    try:
        r = f()
    except TypeError:
        r = 0
    else:
        r += 1
    finally:
        r *= 2
    return r

def nested_with_return():
    with open('a') as a, open('b') as b:
        return a.read() + b.read()

def loop_in_finally(xs):
    try:
        pass
    finally:
        for x in xs:
            print(x)

def generator_try_except():
    try:
        yield 1
    except GeneratorExit:
        yield 2
    finally:
        yield 3

def while_else_break(n):
    while n:
        n -= 1
        if n == 5:
            break
    else:
        return 'done'
    return 'broke'

def if_pass_else():
    if x:
        pass
    else:
        pass

def while_const_false():
    while False:
        print('never')
    return 1

def if_true_branch():
    if True:
        return 1
    return 2

def unreachable_after_raise():
    raise ValueError('x')
    print('dead')

def return_tuple_const():
    return 1, 2, 3

def return_nested_call(f, g):
    return f(g(1), g(2))
