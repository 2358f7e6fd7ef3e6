# %% [markdown]
# # Namespaces and the LEGB rule
#
# A namespace maps names to objects: a module's globals are a dict, a function's locals
# live in its frame. To resolve a name Python looks in the **L**ocal scope, then
# **E**nclosing functions, then **G**lobal, then **B**uilt-in — LEGB.

# %%
def outer():
    x = 10
    def inner():
        x = 20          # a new local of inner, not outer's x
        print(x)
    inner()
    print(x)

outer()

# %% [markdown]
# The compiler decides a name's scope when it compiles the function, from the assignments
# it sees. Reading a name before a local assignment in the same function is an error even
# if a global of that name exists.

# %%
count = 0
def broken():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()

# %% [markdown]
# `global` and `nonlocal` tell the compiler otherwise.

# %%
def bump():
    global count
    count += 1

def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

bump(); bump()
step = make_counter()
print(count, step(), step(), step())

# %% [markdown]
# The scopes are visible on the code objects: `co_varnames` (locals), `co_cellvars`
# (locals captured by inner functions), `co_freevars` (names taken from an enclosing
# function) and `co_names` (globals and attributes).

# %%
print(make_counter.__code__.co_cellvars, step.__code__.co_freevars)
print(bump.__code__.co_names, outer.__code__.co_varnames)
print(step.__closure__[0].cell_contents)

# %% [markdown]
# The built-in scope is a module too; shadowing a builtin only hides it in that scope.

# %%
import builtins
def shadow():
    len = lambda s: "mine"
    return len("abc")
print(shadow(), len("abc"), builtins.len is len)

# %% [markdown]
# A module's global namespace is an ordinary dict, and `globals()` returns it.

# %%
g = globals()
print(type(g).__name__, g["count"], "outer" in g, "x" in g)
