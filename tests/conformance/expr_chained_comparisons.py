x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 != 6)
print(1 < 2 == 2 > 1, "a" < "b" < "c")
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(3), calls)
