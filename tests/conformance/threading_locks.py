# Locks, RLocks, conditions, semaphores, events, barriers, timers and thread-local data.
import re
import threading
import time

lock = threading.Lock()
print(repr(lock).split(' object')[0], lock.locked())
print(lock.acquire(), lock.locked(), repr(lock).split(' object')[0])
print(lock.acquire(False))
t0 = time.monotonic()
print(lock.acquire(timeout=0.1), 0.09 < time.monotonic() - t0 < 1.0)
lock.release()
for call in (lock.release, lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2)):
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
with lock:
    print('in with:', lock.locked())
print('after with:', lock.locked())
print(type(lock).__name__, type(lock).__module__)

r = threading.RLock()
print(re.sub(r'owner=\d+', 'owner=N', repr(r).split(' at ')[0]))
with r:
    with r:
        print(re.sub(r'owner=\d+', 'owner=N', repr(r).split(' at ')[0]))
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)


def other_release():
    try:
        r.release()
    except RuntimeError as e:
        print('other thread:', e)


r.acquire()
th = threading.Thread(target=other_release)
th.start()
th.join()
r.release()

# Condition: a consumer waits for items a producer makes.
cond = threading.Condition()
items = []
got = []


def consumer():
    for _ in range(3):
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    time.sleep(0.01)
    with cond:
        items.append(i)
        cond.notify()
c.join()
print('consumed', got)
with cond:
    print('wait timeout:', cond.wait(0.05))
    print('wait_for:', cond.wait_for(lambda: True))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)

sem = threading.Semaphore(2)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(sem)))
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.02))
sem.release(2)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)

active = 0
peak = 0
guard = threading.Lock()
pool = threading.Semaphore(2)


def limited():
    global active, peak
    with pool:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with guard:
            active -= 1


ws = [threading.Thread(target=limited) for _ in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print('peak concurrency with Semaphore(2):', peak)

ev = threading.Event()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(ev)), ev.is_set(), ev.wait(0.01))
seen = []


def waiter(i):
    ev.wait()
    seen.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.02)
print('before set:', seen)
ev.set()
for w in ws:
    w.join()
print('after set:', sorted(seen), ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

order = []
barrier = threading.Barrier(3, action=lambda: order.append('action'))
print(barrier.parties, barrier.n_waiting, barrier.broken)


def at_barrier(i):
    time.sleep(0.01 * i)
    order.append(f'arrive {i}')
    idx = barrier.wait()
    order.append(f'pass {idx >= 0}')


bs_ = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for b in bs_:
    b.start()
for b in bs_:
    b.join()
print(order[:4], sorted(order[4:]))
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('BrokenBarrierError', b2.broken)

fired = []
tm = threading.Timer(0.02, fired.append, args=('fired',))
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=('never',))
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

data = threading.local()
data.x = 'main'
vals = {}


def use_local(i):
    print_missing = not hasattr(data, 'x')
    data.x = i
    time.sleep(0.01)
    vals[i] = (print_missing, data.x)


ls = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print(sorted(vals.items()), data.x)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v


ml = MyLocal(5)
ml.v = 6
res = []
t = threading.Thread(target=lambda: res.append(ml.v))
t.start()
t.join()
print(ml.v, res)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)

caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name='boom')
t.start()
t.join()
threading.excepthook = old
print(caught)
