import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
print(gc.collect())
print(gc.garbage, gc.is_tracked(gc.garbage[0]))
gc.set_debug(0)
gc.garbage.clear()
cycle = []
cycle.append(cycle)
del cycle
print(gc.collect())
