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
# ## CPU-bound threads take turns

# %% tags=["nondeterministic"]
def spin(n):
    while n:
        n -= 1

N = 2_000_000
t0 = time.perf_counter(); spin(N); spin(N); serial = time.perf_counter() - t0
workers = [threading.Thread(target=spin, args=(N,)) for _ in range(2)]
t0 = time.perf_counter()
for w in workers: w.start()
for w in workers: w.join()
threaded = time.perf_counter() - t0
print(f"threaded / serial = {threaded / serial:.1f}")   # about 1: no speed-up

# %% [markdown]
# ## `counter += 1` is not atomic
#
# It is several bytecodes (load, add, store); a switch between the load and the store
# loses an update. A lock makes the three steps one.

# %%
import dis
dis.dis(compile("counter += 1", "<inc>", "exec"))

# %% tags=["nondeterministic"]
sys.setswitchinterval(1e-6)
counter = 0
def unsafe(n):
    global counter
    for _ in range(n):
        counter += 1

lock = threading.Lock()
safe_counter = 0
def safe(n):
    global safe_counter
    for _ in range(n):
        with lock:
            safe_counter += 1

for target in (unsafe, safe):
    ts = [threading.Thread(target=target, args=(100_000,)) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
sys.setswitchinterval(0.005)
print("without a lock:", counter, "  with a lock:", safe_counter)

# %% [markdown]
# `%gil` shows which thread held the GIL over time and why each switch happened.

# %%
%gil spin(200_000)
