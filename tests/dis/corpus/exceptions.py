# try/except/else/finally, raise, with, assert.
def try_except():
    try:
        f()
    except:
        pass
def try_except_type():
    try:
        f()
    except ValueError:
        return 1
def try_except_as():
    try:
        f()
    except ValueError as e:
        return e
def try_except_tuple():
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
def try_multiple_except():
    try:
        f()
    except ValueError:
        return 1
    except TypeError:
        return 2
    except Exception as e:
        return e
def try_except_else():
    try:
        x = f()
    except KeyError:
        x = None
    else:
        x = x + 1
    return x
def try_finally():
    try:
        f()
    finally:
        g()
def try_except_finally():
    try:
        f()
    except ValueError:
        g()
    finally:
        h()
def try_except_else_finally():
    try:
        f()
    except ValueError:
        g()
    else:
        h()
    finally:
        print('done')
def return_in_try():
    try:
        return f()
    except ValueError:
        return None
def return_in_finally():
    try:
        f()
    finally:
        return 1
def return_in_try_with_finally():
    try:
        return 1
    finally:
        print('cleanup')
def return_in_except_with_finally():
    try:
        f()
    except Exception:
        return 2
    finally:
        print('cleanup')
def return_in_else_with_finally():
    try:
        f()
    except Exception:
        pass
    else:
        return 3
    finally:
        g()
def nested_try():
    try:
        try:
            f()
        except ValueError:
            g()
    except TypeError:
        h()
def nested_try_finally():
    try:
        try:
            return f()
        finally:
            g()
    finally:
        h()
def try_in_except():
    try:
        f()
    except ValueError:
        try:
            g()
        except TypeError:
            h()
def try_in_finally():
    try:
        f()
    finally:
        try:
            g()
        except Exception:
            pass
def raise_simple(): raise ValueError
def raise_instance(): raise ValueError('bad')
def raise_from(e): raise RuntimeError('x') from e
def raise_from_none(): raise RuntimeError from None
def reraise():
    try:
        f()
    except ValueError:
        raise
def reraise_as():
    try:
        f()
    except ValueError as e:
        raise e
def break_in_try(xs):
    for x in xs:
        try:
            if x:
                break
        except ValueError:
            pass
def continue_in_finally(xs):
    for x in xs:
        try:
            f(x)
        finally:
            continue
def break_in_except(xs):
    for x in xs:
        try:
            f(x)
        except ValueError:
            break
def with_simple(cm):
    with cm:
        f()
def with_as(cm):
    with cm as x:
        return x
def with_multiple(a, b):
    with a as x, b as y:
        f(x, y)
def with_nested(a, b):
    with a:
        with b:
            f()
def with_return(cm):
    with cm as c:
        return c.read()
def with_in_loop(cms):
    for cm in cms:
        with cm:
            if f():
                break
            continue
def with_try(cm):
    with cm:
        try:
            f()
        except ValueError:
            pass
def with_tuple_target(cm):
    with cm as (a, b):
        return a + b
def with_attr_target(cm, o):
    with cm as o.x:
        pass
def assert_simple(a): assert a
def assert_msg(a): assert a, 'message'
def assert_expr(a, b): assert a == b, f'{a} != {b}'
def assert_false(): assert False
def assert_tuple(): assert (1, 'never true')
def except_in_loop_else(xs):
    for x in xs:
        try:
            f(x)
        except Exception:
            pass
        else:
            break
    else:
        return None
def bare_except_as_return():
    try:
        return f()
    except:
        return g()
def finally_with_loop():
    try:
        for i in range(3):
            f(i)
    finally:
        g()
def except_del_name():
    try:
        f()
    except ValueError as err:
        print(err)
    return 1
