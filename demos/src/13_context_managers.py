# %% [markdown]
# # Context managers and cleaning up
#
# Memory is freed for you; other resources — files, locks, connections — should be
# released at a known moment. `with` guarantees it: `__exit__` runs when the block ends,
# whether it ends normally or by an exception.

# %%
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "after", exc_type.__name__ if exc_type else "success")
        return False          # do not swallow the exception

with Resource("db") as r:
    print("using", r.name)

try:
    with Resource("file") as r:
        raise ValueError("bad row")
except ValueError as e:
    print("caught:", e)

# %% [markdown]
# ## What `with` compiles to
#
# The compiler emits `BEFORE_WITH`, and the exception table sends any exception to a
# handler that calls `__exit__` with it.

# %%
import dis
def use():
    with Resource("x"):
        pass
dis.dis(use)

# %% [markdown]
# ## Files
#
# A file object closes itself when its reference count drops to zero, but relying on that
# is fragile (a traceback or a cycle can keep it alive). `with` makes it explicit.

# %%
import os
path = "glasspy_demo.txt"
with open(path, "w") as f:
    f.write("line 1\nline 2\n")
print(f.closed)
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)

# %% [markdown]
# ## contextlib
#
# `contextmanager` turns a generator into a context manager; `ExitStack` manages a
# variable number of them; `suppress` ignores chosen exceptions.

# %%
from contextlib import contextmanager, ExitStack, suppress

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")

with ExitStack() as stack:
    for name in ("html", "body", "p"):
        stack.enter_context(tag(name))
    print("hello")

with suppress(FileNotFoundError):
    os.remove("/nonexistent/file")
print("no error")

# %% [markdown]
# ## `__del__` is not a context manager
#
# A finalizer runs when the object is freed — at once for reference counting, later if the
# object is in a cycle — so it is the wrong place for cleanup that must happen now.

# %%
import gc
class Temp:
    def __del__(self):
        print("Temp finalized")

t = Temp()
t.self = t                 # a cycle: `del t` does not free it
del t
print("after del")
gc.collect()
print("after collect")
