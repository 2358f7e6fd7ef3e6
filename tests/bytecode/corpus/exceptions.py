def try_except(f):
    try:
        f()
    except ValueError:
        return 1
    return 0

def try_except_as(f):
    try:
        return f()
    except (TypeError, ValueError) as e:
        print(e)
        return None

def try_except_else(f):
    try:
        x = f()
    except KeyError:
        x = 0
    else:
        x += 1
    return x

def try_finally(f):
    try:
        return f()
    finally:
        print('done')

def try_except_finally(f):
    try:
        x = f()
    except Exception as exc:
        x = str(exc)
    finally:
        print('cleanup')
    return x

def try_bare_except(f):
    try:
        f()
    except:
        pass

def try_multiple_handlers(f):
    try:
        f()
    except KeyError:
        return 'key'
    except IndexError as e:
        return 'index'
    except Exception:
        raise

def raise_from(x):
    try:
        int(x)
    except ValueError as e:
        raise RuntimeError('bad') from e

def nested_try(f, g):
    try:
        try:
            f()
        finally:
            g()
    except OSError:
        return False
    return True

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise

def finally_return_in_loop(xs):
    for x in xs:
        try:
            if x:
                break
        finally:
            print(x)

def try_continue_finally(xs):
    n = 0
    for x in xs:
        try:
            if x:
                continue
            n += 1
        finally:
            n += 2
    return n

def raise_plain():
    raise ValueError

def raise_call(msg):
    raise TypeError(msg)
