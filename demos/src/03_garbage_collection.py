# %% [markdown]
# # Cycles and the garbage collector
#
# Reference counting cannot free a **cycle**: objects that refer to each other keep each
# other's counts above zero after the program has dropped them. CPython's cycle collector
# (`Modules/gcmodule.c`) finds such groups. It tracks container objects in three
# **generations**; a collection subtracts the references objects hold to each other and
# frees those whose whole count came from inside the group.

# %%
import gc
print(gc.isenabled(), gc.get_threshold())

# %% [markdown]
# A new container starts in generation 0. When allocations minus deallocations pass the
# first threshold (700), generation 0 is collected; survivors move to generation 1.

# %% tags=["nondeterministic"]
gc.collect()
print(gc.get_count())
junk = [[] for _ in range(100)]
print(gc.get_count())

# %% [markdown]
# ## A two-list cycle

# %%
a = []
b = [a]
a.append(b)
del a, b                   # both counts are still 1: each holds the other
print(gc.collect())        # the collector finds the 2 unreachable lists

# %% [markdown]
# ## Cycles with finalizers
#
# Since Python 3.4 (PEP 442) objects with `__del__` in a cycle are collected too; their
# finalizers run first, once each.

# %%
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalizing", self.name)

n1, n2 = Node("n1"), Node("n2")
n1.other, n2.other = n2, n1
del n1, n2
print("collected:", gc.collect())

# %% [markdown]
# `gc.garbage` keeps what the collector could not free, and with `DEBUG_SAVEALL` every
# unreachable object instead of freeing it, which is handy for looking at leaks.

# %%
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
print(gc.garbage)
gc.set_debug(0)
gc.garbage.clear()

# %% [markdown]
# ## Watching collections
#
# `gc.callbacks` are called before and after each collection with the generation and the
# numbers collected.

# %%
def report(phase, info):
    if phase == "stop":
        print(f"generation {info['generation']}: collected {info['collected']}, uncollectable {info['uncollectable']}")

gc.callbacks.append(report)
cycle = []
cycle.append(cycle)
del cycle
gc.collect()
gc.callbacks.remove(report)

# %%
%gc

# %% [markdown]
# `%gc graph` draws the references around an object, with the cycle highlighted.

# %%
ring = [[], [], []]
ring[0].append(ring[1]); ring[1].append(ring[2]); ring[2].append(ring[0])
%gc graph ring[0] --depth 3
