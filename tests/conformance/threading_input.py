# input() and sys.stdin with threads: the reading thread releases the GIL while it reads
# (glasspy lets the other threads run), and lines go to whichever thread asks, in order.
import queue
import sys
import threading

results = queue.Queue()


def reader(n):
    for _ in range(n):
        results.put((threading.current_thread().name, input()))


t = threading.Thread(target=reader, args=(2,), name='reader')
t.start()
t.join()
print(sorted(results.queue))

counter = 0
stop = threading.Event()


def count():
    global counter
    while not stop.is_set():
        counter += 1


c = threading.Thread(target=count)
c.start()
first = input('main asks: ')
line = sys.stdin.readline()
stop.set()
c.join()
print(repr(first), repr(line))
rest = sys.stdin.read()
print(repr(rest))
try:
    input()
except EOFError as e:
    print('EOFError', e)
