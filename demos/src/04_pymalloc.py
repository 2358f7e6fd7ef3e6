# %% [markdown]
# # pymalloc: arenas, pools and blocks
#
# Most Python objects are small. CPython does not ask the C library for each one; its own
# allocator, *pymalloc* (`Objects/obmalloc.c`), carves **arenas** of 1 MiB into **pools**
# of 16 KiB, and each pool into **blocks** of one size class (multiples of 16 bytes, up to
# 512). Requests above 512 bytes go to the system allocator.
#
# glasspy runs the same allocator model: `id()` is the block's address.

# %% tags=["nondeterministic"]
import sys
a = object()
b = object()
print(hex(id(a)), hex(id(b)), id(b) - id(a))

# %% [markdown]
# ## Freed blocks are reused at once
#
# A freed block goes to the front of its pool's free list, so the next object of the same
# size class gets it. That is why two temporaries can have the same `id`:

# %%
print(id([]) == id([]))

# %% tags=["nondeterministic"]
x = [1, 2, 3]
addr = id(x)
del x
y = [4, 5, 6]
print(id(y) == addr)

# %% [markdown]
# An `id` is only unique among objects alive at the same time.  (In a Jupyter kernel the
# answer above can be `False`: the kernel itself allocates between the two statements.)

# %% [markdown]
# ## The allocator's own report
#
# `sys.getallocatedblocks()` counts blocks in use; `sys._debugmallocstats()` prints the
# per-size-class table (to stderr).

# %% tags=["nondeterministic"]
before = sys.getallocatedblocks()
keep = [object() for _ in range(1000)]
print(sys.getallocatedblocks() - before)

# %% tags=["nondeterministic"]
sys._debugmallocstats()

# %%
%heap
