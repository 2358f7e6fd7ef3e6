# %% [markdown]
# # What an object costs: sizes, `__slots__`, small ints and interning
#
# Every object starts with a header: the reference count and the type pointer, 16 bytes on
# 64-bit CPython. Containers that the cycle collector tracks carry 16 more bytes in front
# (the `PyGC_Head`). `sys.getsizeof` reports the object's own bytes, header included, but
# not the objects it refers to.

# %%
import sys
for value in [0, 1, 2**30, 2**60, 1.5, "", "a", "é", "€", "😀", b"", (), [], {}, set()]:
    print(f"{value!r:>22}  {type(value).__name__:>5}  {sys.getsizeof(value)}")

# %% [markdown]
# An `int` stores 30-bit digits; a `str` picks 1, 2 or 4 bytes per character from its
# widest character (PEP 393).

# %%
print([sys.getsizeof(2**(30*k)) for k in range(5)])
print([sys.getsizeof(ch * 10) for ch in "aé€😀"])

# %% [markdown]
# ## Lists over-allocate
#
# `append` grows the item array in steps, so most appends do not reallocate. The size
# jumps show the growth pattern of `list_resize` in `Objects/listobject.c`.

# %%
lst = []
sizes = [sys.getsizeof(lst)]
for i in range(40):
    lst.append(i)
    if sys.getsizeof(lst) != sizes[-1]:
        sizes.append(sys.getsizeof(lst))
print(sizes)

# %% [markdown]
# ## Dicts grow by doubling their table

# %%
d = {}
seen = [sys.getsizeof(d)]
for i in range(100):
    d[i] = i
    if sys.getsizeof(d) != seen[-1]:
        seen.append(sys.getsizeof(d))
print(seen)

# %% [markdown]
# ## `__slots__`
#
# A class with `__slots__` stores its attributes in fixed places in the instance instead of
# a per-instance `__dict__`. For many small instances that saves memory.

# %%
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p, sp = Point(1, 2), SlotPoint(1, 2)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__))
print(sys.getsizeof(sp), hasattr(sp, "__dict__"))
try:
    sp.z = 3
except AttributeError as e:
    print("AttributeError:", e)

# %% [markdown]
# ## Small integers and interned strings
#
# CPython keeps one object for each int from -5 to 256, and *interns* identifier-like
# string constants, so equal values can be the very same object.

# %%
a, b = 256, 256
print(a is b)
a = int("257"); b = int("257")
print(a is b, a == b)
s1 = "hello_world"
s2 = "hello_" + "world"        # folded at compile time, then interned
print(s1 is s2)
s3 = "".join(["hello_", "world"])
print(s1 is s3, s1 is sys.intern(s3))
