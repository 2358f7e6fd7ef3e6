# Finished frames are reused for later calls of the same code (frame.ts: releaseFrame) only
# when nothing can reach them: a frame object kept by a program must stay itself.
import sys

def keep(n):
    x = n * 2
    return sys._getframe()

a = keep(1)
b = keep(2)
print(a is b, a.f_locals, b.f_locals, a.f_code.co_name)

def plain(n):
    return n + 1
for i in range(5):
    plain(i)
print(a.f_locals, sys.getrefcount(a))

def fails(n):
    y = n
    raise ValueError(n)
tbs = []
for i in range(3):
    try:
        fails(i)
    except ValueError as e:
        tbs.append(e.__traceback__)
print([tb.tb_next.tb_frame.f_locals for tb in tbs])
print(len({id(tb.tb_next.tb_frame) for tb in tbs}))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))

def outer():
    frames = []
    def inner(k):
        frames.append(sys._getframe())
        return k
    for k in range(3):
        inner(k)
    return [f.f_locals['k'] for f in frames]
print(outer())
