# I/O-bound threads overlap: sleeps in threads run at the same time; exit waits for threads.
import threading
import time

def task(n):
    time.sleep(0.3)
    return n

t0 = time.perf_counter()
ts = [threading.Thread(target=task, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.perf_counter() - t0
print('four 0.3 s sleeps overlap:', elapsed < 0.6)

t0 = time.perf_counter()
time.sleep(0.1)
print('main sleep alone:', 0.09 < time.perf_counter() - t0 < 0.5)


def late():
    time.sleep(0.1)
    print('non-daemon thread finishes after the main code')


def forever():
    time.sleep(100)
    print('never printed')


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print('main code done')
