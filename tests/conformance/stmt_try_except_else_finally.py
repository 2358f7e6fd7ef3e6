def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("error:", e)
        return "err"
    else:
        print("ok", r)
        return r
    finally:
        print("finally", x)
print(f(2))
print(f(0))
