def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
for x in gen():
    print(x)
def counted():
    n = 0
    while True:
        cmd = yield n
        if cmd == "stop":
            return n
        n += 1
c = counted()
next(c); c.send(None); c.send(None)
try:
    c.send("stop")
except StopIteration as e:
    print("result", e.value)
