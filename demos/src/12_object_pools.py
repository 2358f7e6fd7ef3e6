# %% [markdown]
# # Object pools and recycling
#
# Creating and destroying many objects costs allocator work. When the same kind of object
# is needed over and over, a **pool** keeps released objects and hands them out again.
# CPython does this itself in places: freed floats, tuples, lists and dicts go to per-type
# free lists, and small ints are preallocated.

# %%
class Connection:
    created = 0
    def __init__(self):
        Connection.created += 1
        self.open = True
        self.queries = 0
    def reset(self):
        self.queries = 0

class Pool:
    def __init__(self, factory, size):
        self.factory = factory
        self.free = [factory() for _ in range(size)]
    def acquire(self):
        return self.free.pop() if self.free else self.factory()
    def release(self, obj):
        obj.reset()
        self.free.append(obj)

pool = Pool(Connection, 2)
for request in range(100):
    conn = pool.acquire()
    conn.queries += 1
    pool.release(conn)
print("connections created for 100 requests:", Connection.created)

# %% [markdown]
# ## The interpreter recycles too
#
# A freed list goes to the list free list (and its block back to pymalloc); the next list
# made takes it. So the `id` of a temporary often repeats:

# %%
ids = {id([]) for _ in range(1000)}
print(len(ids))

# %%
ids = {id(float(i)) for i in range(1000)}
print(len(ids))

# %% [markdown]
# Small integers are never created at all: -5 to 256 exist once, for the whole run.

# %%
import sys
print(all(int(str(i)) is i for i in range(-5, 257)))
print(sys.getrefcount(1) > 100)

# %% [markdown]
# ## A pool with a context manager
#
# Returning objects to the pool in a `finally`-backed `with` block means an exception
# cannot leak one.

# %%
from contextlib import contextmanager

@contextmanager
def borrowed(pool):
    obj = pool.acquire()
    try:
        yield obj
    finally:
        pool.release(obj)

try:
    with borrowed(pool) as conn:
        raise RuntimeError("query failed")
except RuntimeError as e:
    print(e, "— pool size is back to", len(pool.free))
