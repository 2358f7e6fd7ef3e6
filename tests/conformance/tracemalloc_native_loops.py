# Temporaries made while a builtin iterates Python code (a generator, a key or map
# function) are freed as the builtin moves on, so the traced peak stays small.
import sys
import tracemalloc

N = 5_000


def traced(f):
    tracemalloc.start()
    r = f()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return r, current, peak


def small(label, f):
    r, current, peak = traced(f)
    print(f"{label:<28} result={r!r:<14} peak<10_000={peak < 10_000}")


small("sum(genexpr)", lambda: sum(x * x for x in range(N)))
small("sum(range)", lambda: sum(range(1000, 1000 + N)))
small("sum(floats)", lambda: sum(x / 2 for x in range(N)))
small("max(genexpr)", lambda: max(x * x % 1009 for x in range(N)))
small("min(key=lambda)", lambda: min((x * 3 for x in range(N)), key=lambda v: -v))
small("max(iterable, default)", lambda: max((x for x in range(0)), default=None))
small("any(genexpr)", lambda: any(x * x < 0 for x in range(N)))
small("all(genexpr)", lambda: all(x * x >= 0 for x in range(N)))
small("sum(map(lambda))", lambda: sum(map(lambda v: v * v, range(N))))
small("sum(filter(lambda))", lambda: sum(filter(lambda v: v % 3, range(N))))
small("sum(map(str))", lambda: sum(map(len, map(str, range(1000, 1000 + N)))))


def pipeline(n):
    return sum(len(s) for s in (str(i) * 10 for i in range(n)))


small("nested generators", lambda: pipeline(N))


def gen_function(n):
    total = 0
    for i in range(n):
        item = [i, i + 1]
        total += len(item)
        yield total


small("generator function", lambda: sum(gen_function(N)))

# Values a builtin keeps still count while it runs.
r, current, peak = traced(lambda: len(list(x * 1000 for x in range(N))))
print("list(genexpr) bytes per item", round(peak / N))
values = list(x * 1000 for x in range(5))
print("refcounts", [sys.getrefcount(v) for v in values[1:]])
values = list(map(lambda v: v * 1000, range(5)))
print("refcounts", [sys.getrefcount(v) for v in values[1:]])
biggest = max(([i] for i in range(10)), key=len)
print("max kept", biggest, sys.getrefcount(biggest))
