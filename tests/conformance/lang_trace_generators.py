# sys.settrace around generators: resumes are 'call' events, yields 'return' events; yield from
# reports the StopIteration that ends it (SEND under tracing), close() throws GeneratorExit in.
import sys
ev = []
def tr(frame, event, arg):
    ev.append((event, frame.f_code.co_name, frame.f_lineno))
    return tr
def inner():
    x = yield 1
    y = yield x
    return y
def outer():
    r = yield from inner()
    return r
def closer():
    try:
        yield 1
    finally:
        ev.append('cleanup')
sys.settrace(tr)
g = outer()
next(g); g.send(5)
try:
    g.send(7)
except StopIteration as e:
    ev.append(('stop', e.value))
c = closer(); next(c); c.close()
sys.settrace(None)
for e in ev: print(e)


ev = []
def tr(frame, event, arg):
    if event == 'exception':
        ev.append((event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, arg[1].value, arg[2] is None))
    return tr
def g_none():
    yield 1
def g_val():
    yield 1
    return 'v'
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 1: raise StopIteration('it')
        return self.n
def d1(): return (yield from g_none())
def d2(): return (yield from g_val())
def d3(): return (yield from It())
def d4(): return (yield from [1, 2])
sys.settrace(tr)
for d in (d1, d2, d3, d4):
    ev.append(list(d()))
g = d2(); next(g)
try: g.send(9)
except StopIteration as e: ev.append(('stop', e.value))
sys.settrace(None)
for e in ev: print(e)


# A for loop over a generator that returns a value also sees its StopIteration.
def tr3(frame, event, arg):
    if event == 'exception':
        print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, arg[1].value, arg[2])
    return tr3
def gv():
    yield 1
    return 'done'
def hn():
    yield 1
def loop3():
    for x in gv(): pass
    for x in hn(): pass
    return [y for y in gv()]
sys.settrace(tr3)
loop3()
sys.settrace(None)
