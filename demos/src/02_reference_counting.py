# %% [markdown]
# # Reference counting
#
# Every object carries a count of the references to it (`ob_refcnt` in CPython's
# `PyObject` header). Assigning a name, storing the object in a list, passing it to a
# function: each adds one. When the count reaches zero the object is freed at once.
#
# `sys.getrefcount(x)` reports the count, plus one for its own argument.

# %%
import sys

x = []
print(sys.getrefcount(x))      # 1 for `x`, 1 for the argument

# %%
y = x
holder = [x, x]
print(sys.getrefcount(x))      # x, y, two list slots, the argument

# %%
del y
holder.clear()
print(sys.getrefcount(x))

# %% [markdown]
# Calling a function adds a reference while it runs: the parameter in the function's frame
# (in 3.11 the caller's argument slots become the callee's locals, so there is one, not two).

# %%
def count_inside(obj):
    return sys.getrefcount(obj)

print(count_inside(x))

# %% [markdown]
# A closure keeps its captured object alive through a *cell*; a bound method keeps its
# instance alive.

# %%
def make_counter():
    data = []
    def add(v):
        data.append(v)
        return len(data)
    return add, data

add, data = make_counter()
print(sys.getrefcount(data))   # the name `data`, the closure's cell, the argument

class Box:
    def peek(self):
        return self

box = Box()
before = sys.getrefcount(box)
m = box.peek                   # a bound method holds a reference to `box`
print(sys.getrefcount(box) - before)

# %% [markdown]
# `%refcount` shows the same number without the magic's own reference, and lists who holds
# each reference.

# %%
%refcount x

# %% [markdown]
# ## Freed at zero
#
# When the last reference goes, the object is freed immediately, and its `__del__` runs
# right then, not at some later collection.

# %%
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"{self.name} is being deleted")

obj = Noisy("Object1")
alias = obj
del obj
print("still alive through `alias`")
del alias
print("after the last reference went")
