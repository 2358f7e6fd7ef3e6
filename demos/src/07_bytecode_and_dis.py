# %% [markdown]
# # Bytecode and `dis`
#
# CPython compiles source to **bytecode** for a stack machine; the evaluation loop in
# `Python/ceval.c` runs it. glasspy's compiler emits exactly CPython 3.11's bytecode, and
# its loop runs that same bytecode, so `dis` shows what really runs.

# %%
import dis

def add(a, b):
    return a + b

dis.dis(add)

# %% [markdown]
# Each line: source line, offset, opcode name, argument and what it means. `LOAD_FAST`
# pushes a local, `BINARY_OP 0 (+)` pops two values and pushes their sum, `RETURN_VALUE`
# returns the top of the stack. `RESUME` is where 3.11's adaptive interpreter checks for
# interrupts and tracing.

# %%
code = add.__code__
print(code.co_varnames, code.co_consts, code.co_stacksize)
print(code.co_code.hex(" "))

# %% [markdown]
# ## Control flow and the exception table
#
# Loops become jumps; `try` blocks no longer emit setup instructions in 3.11 ("zero-cost"
# exceptions): a table maps instruction ranges to handlers.

# %%
def safe_div(values):
    total = 0
    for v in values:
        try:
            total += 1 / v
        except ZeroDivisionError:
            continue
    return total

dis.dis(safe_div)

# %% [markdown]
# ## `compile()` and code objects
#
# `compile` turns source into a code object without running it; `exec`/`eval` run it.

# %%
c = compile("x * 2 + 1", "<expr>", "eval")
print(type(c).__name__, eval(c, {"x": 20}))
dis.dis(c)

# %% [markdown]
# Constant expressions are folded at compile time:

# %%
dis.dis(compile("seconds = 24 * 60 * 60", "<folded>", "exec"))

# %% [markdown]
# `%dis` does the same from a cell, and `%%dis` shows a cell's bytecode without running it.

# %%
%dis add

# %%
%%dis
squares = [n * n for n in range(10)]
