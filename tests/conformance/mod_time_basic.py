import time
t1 = time.time()
time.sleep(0.01)
t2 = time.time()
print(t2 > t1, t2 - t1 >= 0.009, type(time.perf_counter()).__name__, time.monotonic() > 0)
print(time.strftime("%Y-%m-%d", time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
