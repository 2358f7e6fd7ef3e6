# Thread objects: names, reprs, flags, idents, joins and the errors CPython raises.
import re
import threading
import time


def norm(s):
    return re.sub(r'\d{6,}', 'IDENT', repr(s))


def task(n, out):
    out.append((n, threading.current_thread().name))


out = []
t = threading.Thread(target=task, args=(1, out))
print(norm(t), t.name, t.ident, t.native_id, t.daemon, t.is_alive())
t.start()
t.join()
print(norm(t), t.is_alive(), out)
print(isinstance(t.ident, int), isinstance(t.native_id, int), t.ident != threading.get_ident())

u = threading.Thread(target=task, name="worker", kwargs={'n': 2, 'out': out}, daemon=True)
print(norm(u))
u.start()
u.join()
print(norm(u), out[-1])


class Counter(threading.Thread):
    def __init__(self):
        super().__init__()
        self.total = 0

    def run(self):
        for i in range(1000):
            self.total += i


c = Counter()
print(c.name.startswith('Thread-'), '(' in c.name)
c.start()
c.join()
print(c.total)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), norm(main))
print(threading.active_count(), [th.name for th in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)


def sleeper():
    time.sleep(0.3)


s = threading.Thread(target=sleeper)
s.start()
print(threading.active_count())
s.join(0.05)
print('alive after join(0.05):', s.is_alive())
s.join()
print('alive after join():', s.is_alive())

for bad in (lambda: s.start(), lambda: threading.Thread().join(), lambda: main.join()):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError:', e)

d = threading.Thread(target=sleeper)
d.daemon = True
print(d.daemon, d.isDaemon() if False else 'skip')
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)
d.join()

results = {}


def record(i):
    results[i] = threading.current_thread().name


ts = [threading.Thread(target=record, args=(i,), name=f"w{i}") for i in range(5)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sorted(results.items()))
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
