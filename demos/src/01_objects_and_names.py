# %% [markdown]
# # Objects, names and references
#
# Everything in Python is an **object**: a block of memory with a type, a reference count
# and a value. A **name** is not a box that holds a value; it is a label that *refers* to
# an object. glasspy lets you see this directly, because its objects have the same
# addresses, sizes and counts CPython 3.11 gives them.

# %%
numbers = [1, 2, 3]        # a new list object; the name `numbers` refers to it
print(len(numbers))
numbers[0] = 42            # changes the object in place: no new list is made
print(numbers)

# %% [markdown]
# `id()` is the object's address in memory. Changing a list in place keeps its identity.

# %%
before = id(numbers)
numbers.append(4)
print(id(numbers) == before)

# %% [markdown]
# ## Aliasing
#
# Assigning one name to another copies the *reference*, not the object. Both names see
# every change, and `is` tells you they are the same object.

# %%
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, id(a) == id(b))

# %%
c = list(a)                # a copy: equal value, different object
print(c == a, c is a)

# %% [markdown]
# ## Mutable and immutable
#
# Numbers, strings and tuples are immutable. An operation that "changes" one makes a new
# object and rebinds the name; the old object is untouched.

# %%
x = 10
print(type(x), x.__class__.__name__)
old = id(x)
x += 1
print(id(x) == old)        # a different int object

# %%
s = "glass"
t = s
s += "py"
print(s, t, s is t)

# %% [markdown]
# A tuple is immutable, but it can hold mutable objects: the tuple's references cannot
# change, the objects they point at can.

# %%
pair = ([1], [2])
pair[0].append(99)
print(pair)
try:
    pair[0] = [0]
except TypeError as e:
    print("TypeError:", e)

# %% [markdown]
# ## `del` removes a name, not an object
#
# The object lives on as long as something refers to it.

# %%
a = [1, 2, 3]
b = a
del a
print(b)
try:
    a
except NameError as e:
    print("NameError:", e)
