def g():
    try:
        return 1
    finally:
        print("cleanup")
def h():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(g(), h())
def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
loop()
