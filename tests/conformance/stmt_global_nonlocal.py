count = 0
def incr():
    global count
    count += 1
incr(); incr()
print(count)
def make():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
a = make()
a(5)
print(a(10))
