# Threads waiting on each other in chains: each wait must let the others run (in glasspy a
# blocked thread gives up the GIL by suspending, whether it waits in lock.acquire(), in a
# `with lock:`, in a Condition, in Event.wait or in a queue).
import queue
import threading
import time

a = threading.Lock()
b = threading.Lock()
a.acquire()
b.acquire()
log = []


def first():
    with a:              # waits for the main thread
        log.append('first has a')
    b.release()


def second():
    b.acquire()          # waits for first
    log.append('second has b')


x = threading.Thread(target=first)
y = threading.Thread(target=second)
x.start()
y.start()
time.sleep(0.05)
log.append('main releases a')
a.release()
x.join()
y.join()
print(log)

# A relay: each thread waits for the previous one's event, the last one's result goes back
# through a queue.
events = [threading.Event() for _ in range(5)]
results = queue.Queue()


def relay(i):
    events[i].wait()
    if i + 1 < len(events):
        events[i + 1].set()
    else:
        results.put(i)


ts = [threading.Thread(target=relay, args=(i,)) for i in range(5)]
for t in reversed(ts):
    t.start()
events[0].set()
print('relay ended at', results.get(timeout=5))
for t in ts:
    t.join()

# Ping-pong through two queues.
ping, pong = queue.Queue(), queue.Queue()


def player():
    for _ in range(5):
        n = ping.get()
        pong.put(n + 1)


p = threading.Thread(target=player)
p.start()
n = 0
for _ in range(5):
    ping.put(n)
    n = pong.get()
p.join()
print('after ping-pong', n)

# A condition shared by producers and consumers with an RLock.
cond = threading.Condition(threading.RLock())
stock = []
taken = []


def consume():
    with cond:
        cond.wait_for(lambda: stock)
        taken.append(stock.pop())


def produce(i):
    with cond:
        with cond:       # the RLock lets its owner enter again
            stock.append(i)
            cond.notify()


cs = [threading.Thread(target=consume) for _ in range(3)]
ps = [threading.Thread(target=produce, args=(i,)) for i in range(3)]
for t in cs + ps:
    t.start()
for t in cs + ps:
    t.join()
print(sorted(taken))
