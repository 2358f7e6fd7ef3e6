def divide(a, b):
    log = []
    try:
        r = a / b
    except ZeroDivisionError:
        log.append("zero")
        r = None
    except TypeError as e:
        log.append(f"type: {e}")
        r = None
    else:
        log.append("ok")
    finally:
        log.append("done")
    return r, log
print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 1))
