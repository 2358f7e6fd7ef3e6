# %% [markdown]
# # Profile first, optimise later
#
# Three tools from the standard library answer three questions:
# `timeit` — how long does this snippet take? `cProfile` — where does a program spend its
# time? `tracemalloc` — where is memory allocated?

# %% tags=["nondeterministic"]
import timeit

setup = "data = list(range(1000))"
loop = "out = []\nfor x in data:\n    out.append(x * 2)"
comp = "out = [x * 2 for x in data]"
t_loop = min(timeit.repeat(loop, setup, number=200, repeat=3))
t_comp = min(timeit.repeat(comp, setup, number=200, repeat=3))
print(f"comprehension / loop = {t_comp / t_loop:.2f}")

# %% [markdown]
# `%timeit` picks the number of loops itself and reports the spread, as in IPython.

# %%
data = list(range(1000))
%timeit [x * 2 for x in data]

# %% [markdown]
# ## Local names are faster than globals
#
# A local is an index into the frame (`LOAD_FAST`); a global is a dict lookup
# (`LOAD_GLOBAL`, with a cache in 3.11).

# %% tags=["nondeterministic"]
import math

def use_global(n):
    total = 0.0
    for i in range(n):
        total += math.sqrt(i)
    return total

def use_local(n, sqrt=math.sqrt):
    total = 0.0
    for i in range(n):
        total += sqrt(i)
    return total

g = min(timeit.repeat(lambda: use_global(10_000), number=20, repeat=3))
l = min(timeit.repeat(lambda: use_local(10_000), number=20, repeat=3))
print(f"local / global = {l / g:.2f}")

# %% [markdown]
# ## cProfile
#
# `cProfile` counts calls and time per function; `pstats` sorts the table.

# %% tags=["nondeterministic"]
import cProfile
import pstats
import io

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    return [fib(k) for k in range(18)]

profiler = cProfile.Profile()
profiler.enable()
work()
profiler.disable()
stream = io.StringIO()
stats = pstats.Stats(profiler, stream=stream).sort_stats("ncalls")
stats.print_stats(3)
print("\n".join(line for line in stream.getvalue().splitlines() if "fib" in line or "ncalls" in line))

# %%
%prun work()

# %% [markdown]
# ## tracemalloc: who allocated the memory?

# %% tags=["nondeterministic"]
import tracemalloc
tracemalloc.start()
table = {i: str(i) * 20 for i in range(20_000)}
names = [f"user{i}" for i in range(20_000)]
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
for stat in snapshot.statistics("lineno")[:2]:
    print(stat.traceback[0].lineno, f"{stat.size / 1024:,.0f} KiB", stat.count)

# %% [markdown]
# `%%tracemalloc` runs a cell traced and reports what it allocated, line by line; `%memit`
# does it for one statement.

# %% tags=["nondeterministic"]
%%tracemalloc 3
names = [str(i) for i in range(10_000)]
table = {name: len(name) for name in names}

# %% tags=["nondeterministic"]
%memit squares = [n * n for n in range(100_000)]
