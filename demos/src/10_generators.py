# %% [markdown]
# # Generators and lazy evaluation
#
# A list comprehension builds every element before you use the first. A **generator**
# produces one value at a time: its frame is suspended at each `yield` and resumed by
# `next()`, so only the current value is alive.

# %%
import sys
squares_list = [n * n for n in range(100_000)]
squares_gen = (n * n for n in range(100_000))
print(sys.getsizeof(squares_list), sys.getsizeof(squares_gen))
print(sum(squares_gen) == sum(squares_list))

# %% [markdown]
# A generator function keeps its state in its frame between calls.

# %%
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")

gen = countdown(3)
print(gen.gi_frame.f_lasti, gen.gi_running)
print(next(gen), next(gen), next(gen))
print(list(gen))

# %% [markdown]
# Pipelines of generators process a stream without holding it.

# %%
def read_lines(n):
    for i in range(n):
        yield f"record {i},{i * 3}"

def parse(lines):
    for line in lines:
        name, value = line.split(",")
        yield int(value)

def evens(values):
    return (v for v in values if v % 2 == 0)

print(sum(evens(parse(read_lines(10_000)))))

# %% [markdown]
# ## Measuring it with tracemalloc
#
# `tracemalloc` records every allocation with the line that made it. The peak tells the
# story: the list version holds all its strings at once.

# %% tags=["nondeterministic"]
import tracemalloc

def total_with_list(n):
    return sum(len(s) for s in [str(i) * 10 for i in range(n)])

def total_with_generator(n):
    return sum(len(s) for s in (str(i) * 10 for i in range(n)))

for fn in (total_with_list, total_with_generator):
    tracemalloc.start()
    fn(50_000)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{fn.__name__:>22}: peak {peak / 1024:,.0f} KiB")

# %% [markdown]
# `yield from` delegates to a sub-generator.

# %%
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", range(3), (x for x in "yz"))))
