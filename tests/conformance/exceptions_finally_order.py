def f():
    try:
        print("try")
        return "from try"
    except Exception:
        print("never")
    else:
        print("else skipped by return")
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(g())
