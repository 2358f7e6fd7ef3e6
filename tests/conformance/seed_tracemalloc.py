import tracemalloc
tracemalloc.start()
data = [bytes(1000) for _ in range(100)]
current, peak = tracemalloc.get_traced_memory()
print(current > 100000, peak >= current)
tracemalloc.stop()
