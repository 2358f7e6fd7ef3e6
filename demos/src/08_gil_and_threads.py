# %% [markdown]
# # The GIL and threads
#
# CPython's **Global Interpreter Lock** lets one thread at a time run Python bytecode. A
# thread drops it when it waits — on `time.sleep`, a lock, I/O — and, when another thread
# is waiting, every `sys.getswitchinterval()` seconds.
#
# So threads help when work *waits*, and do not speed up work that *computes*.

# %%
import sys
print(sys.getswitchinterval())

# %% [markdown]
# ## Threads that wait overlap
#
# Each task sleeps for 2 seconds. While one sleeps it does not need the GIL, so the other
# runs: both finish after about 2 seconds, not 4.

# %% tags=["nondeterministic"]
import threading
import time

def task():
    print("Task start")
    time.sleep(2)
    print("Task end")

thread1 = threading.Thread(target=task)
thread2 = threading.Thread(target=task)
t0 = time.perf_counter()
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(f"two 2-second sleeps took {time.perf_counter() - t0:.1f} s")

# %% [markdown]
# A `Thread` has a name (`Thread-N (target)`), an ident and a state; after `join()` it is
# no longer alive. Code outside any thread runs in the main thread.

# %%
print(thread1.is_alive(), thread1.name.endswith("(task)"), threading.current_thread().name)

# %% [markdown]
# ## CPU-bound threads take turns
#
# Two threads counting down hold the GIL in turns: together they take as long as running
# one after the other.

# %% tags=["nondeterministic"]
def spin(n):
    while n:
        n -= 1

N = 1_000_000
t0 = time.perf_counter(); spin(N); spin(N); serial = time.perf_counter() - t0
workers = [threading.Thread(target=spin, args=(N,)) for _ in range(2)]
t0 = time.perf_counter()
for w in workers: w.start()
for w in workers: w.join()
threaded = time.perf_counter() - t0
print(f"threaded / serial = {threaded / serial:.1f}")   # about 1: no speed-up

# %% [markdown]
# `%gil` runs code and shows who held the GIL: `#` holds it, `.` waits for it, `-` sleeps
# or waits for a lock. The two counting threads swap about every 5 ms; the sleeping one
# needs the GIL only to start and to finish.

# %% tags=["nondeterministic"]
%%gil
def nap():
    time.sleep(0.05)

ts = [threading.Thread(target=spin, args=(200_000,), name="count-1"),
      threading.Thread(target=spin, args=(200_000,), name="count-2"),
      threading.Thread(target=nap, name="sleeper")]
for t in ts: t.start()
for t in ts: t.join()

# %% [markdown]
# ## `counter += 1` and lost updates
#
# `counter += 1` is several bytecodes: load the global, add, store it back. If the GIL
# changed hands between the load and the store, another thread's increment would be lost.

# %%
import dis
dis.dis(compile("counter += 1", "<inc>", "exec"))

# %% [markdown]
# But CPython 3.11 only checks whether to drop the GIL at a few places — the start of a
# function, a backward jump (the end of a loop body), and after a call of something that
# is not a Python function — never between `LOAD_GLOBAL` and `STORE_GLOBAL`. So in 3.11
# this loop does not lose updates, even with a tiny switch interval:

# %%
sys.setswitchinterval(1e-6)
counter = 0
def plus_equals(n):
    global counter
    for _ in range(n):
        counter += 1

ts = [threading.Thread(target=plus_equals, args=(100_000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)

# %% [markdown]
# Put a call between the load and the store and the check lands there: now another thread
# can run between them, and increments are lost.

# %% tags=["nondeterministic"]
counter = 0
def plus_call(n):
    global counter
    for _ in range(n):
        counter = counter + int(1)

ts = [threading.Thread(target=plus_call, args=(100_000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, "of", 400_000, "- lost:", 400_000 - counter)

# %% [markdown]
# A lock makes load, add and store one step: no thread can run them while another is
# between its load and its store.

# %%
lock = threading.Lock()
counter = 0
def plus_call_locked(n):
    global counter
    for _ in range(n):
        with lock:
            counter = counter + int(1)

ts = [threading.Thread(target=plus_call_locked, args=(100_000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
sys.setswitchinterval(0.005)
print(counter)

# %% [markdown]
# ## Waiting for each other: a queue
#
# `queue.Queue` hands work between threads; `get()` waits (without the GIL) until there is
# an item, and `join()` until every item is done.

# %%
import queue

jobs = queue.Queue()
results = []

def worker():
    while True:
        n = jobs.get()
        if n is None:
            break
        results.append(n * n)
        jobs.task_done()

pool = [threading.Thread(target=worker) for _ in range(3)]
for t in pool: t.start()
for n in range(10):
    jobs.put(n)
jobs.join()
for t in pool: jobs.put(None)
for t in pool: t.join()
print(sorted(results))
