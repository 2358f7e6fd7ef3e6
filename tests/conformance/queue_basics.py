# queue: FIFO, LIFO and priority order, Empty/Full, timeouts, task_done/join, SimpleQueue.
import queue
import threading
import time

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for i in (3, 1, 2):
    lq.put(i)
    pq.put((i, str(i)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print('Empty after timeout', time.monotonic() - t0 >= 0.04)
small = queue.Queue(maxsize=1)
small.put('a')
print(small.full())
try:
    small.put_nowait('b')
except queue.Full:
    print('Full')
try:
    small.put('b', timeout=0.02)
except queue.Full:
    print('Full after timeout')
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

# Producer and consumers with task_done/join.
work = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            done.append(item * item)
        work.task_done()


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(20):
    work.put(i)
work.join()
print('all tasks done:', sorted(done) == [i * i for i in range(20)])
for _ in ws:
    work.put(None)
for w in ws:
    w.join()
try:
    work.task_done()
except ValueError as e:
    print('ValueError', e)

# A bounded queue makes the producer wait for the consumer.
bounded = queue.Queue(maxsize=2)
trace = []


def slow_consumer():
    for _ in range(5):
        time.sleep(0.01)
        trace.append(bounded.get())


c = threading.Thread(target=slow_consumer)
c.start()
for i in range(5):
    bounded.put(i)
c.join()
print(trace)

sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
got = []
t = threading.Thread(target=lambda: got.append(sq.get()))
t.start()
time.sleep(0.01)
sq.put('late')
t.join()
print(got, queue.Queue[int])
