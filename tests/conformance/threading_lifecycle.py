# Points of issue 9 not covered elsewhere: threading.excepthook's default report and a
# custom hook, SystemExit in a thread, _thread.interrupt_main() raising KeyboardInterrupt in
# the main thread (while it sleeps and while it joins), Timer, threads doing file I/O, and
# the interpreter waiting for non-daemon threads before atexit handlers run.
import _thread
import atexit
import io
import os
import sys
import threading
import time


def fail():
    raise ValueError('boom in a thread')


# The default hook writes to sys.stderr; the standard library's own frames are left out
# here (their paths and line numbers are CPython's files, not glasspy's).
sys.stderr = io.StringIO()
t = threading.Thread(target=fail, name='failing')
t.start()
t.join()
report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
lines = report.splitlines()
keep = [line for i, line in enumerate(lines) if 'threading.py' not in line and 'threading.py' not in lines[i - 1]]
print('\n'.join(keep).replace(__file__, 'FILE'))
print('after the default excepthook', t.is_alive())

seen = []
old = threading.excepthook
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
for target in (fail, sys.exit, lambda: 1 / 0):
    th = threading.Thread(target=target, name='hooked')
    th.start()
    th.join()
threading.excepthook = old
print(seen)
print(threading.__excepthook__ is old, type(threading.ExceptHookArgs).__name__)


def interrupter(delay):
    time.sleep(delay)
    _thread.interrupt_main()


for wait in ('sleep', 'join', 'busy'):
    it = threading.Thread(target=interrupter, args=(0.05,))
    it.start()
    try:
        if wait == 'sleep':
            time.sleep(5)
        elif wait == 'join':
            other = threading.Thread(target=time.sleep, args=(0.5,))
            other.start()
            other.join()
        else:
            while True:
                pass
    except KeyboardInterrupt:
        print('KeyboardInterrupt in the main thread during', wait, threading.current_thread().name)
    it.join()
    if wait == 'join':
        other.join()

fired = []
timers = [threading.Timer(0.01 * i, fired.append, args=(i,)) for i in range(4)]
for tm in timers:
    tm.start()
timers[2].cancel()
for tm in timers:
    tm.join()
print('timers fired', sorted(fired), [tm.finished.is_set() for tm in timers])

here = os.path.dirname(os.path.abspath(__file__))
paths = [os.path.join(here, f'_threading_lifecycle_{i}.tmp') for i in range(3)]


def write_lines(path, n):
    with open(path, 'w') as f:
        for i in range(n):
            f.write(f'{threading.current_thread().name} line {i}\n')


writers = [threading.Thread(target=write_lines, args=(p, 2000), name=f'writer{i}') for i, p in enumerate(paths)]
for w in writers:
    w.start()
for w in writers:
    w.join()
for p in paths:
    with open(p) as f:
        lines = f.readlines()
    print(len(lines), lines[0].strip(), lines[-1].strip())
    os.remove(p)

atexit.register(print, 'atexit handler runs after the non-daemon thread')


def late():
    time.sleep(0.1)
    print('non-daemon thread ends after the main code')


def forever():
    while True:
        time.sleep(0.05)


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print('main code ends')
