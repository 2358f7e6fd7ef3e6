def echo():
    received = None
    try:
        while True:
            received = yield received
            print("got", received)
    except GeneratorExit:
        print("closing")
g = echo()
print(next(g))
print(g.send(1))
print(g.send(2))
g.close()
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("bad")))
print(next(c))
