# gc.set_debug: DEBUG_STATS and DEBUG_COLLECTABLE messages (written to sys.stderr, so
# redirect_stderr captures them); the object counts and the time vary, so they are masked.
import gc, io, re, contextlib

gc.disable()
class A:
    pass

def masked(text):
    text = re.sub(r"0x[0-9a-f]+", "0xADDR", text)
    text = re.sub(r"objects in each generation:( \d+){3}", "objects in each generation: N N N", text)
    text = re.sub(r"\d+\.\d{4}s elapsed", "T.TTTTs elapsed", text)
    return text

def run(flags, make, generation=2):
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        gc.set_debug(flags)
        make()
        n = gc.collect(generation)
        gc.set_debug(0)
    print("collect ->", n)
    print(masked(buf.getvalue()), end="")

def cycles():
    l = []; l.append(l)
    a = A(); a.me = a
    d = {}; d["d"] = d

run(gc.DEBUG_STATS, cycles)
run(gc.DEBUG_COLLECTABLE, cycles)
run(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE, lambda: None, 0)
run(gc.DEBUG_UNCOLLECTABLE, cycles)
run(gc.DEBUG_SAVEALL | gc.DEBUG_COLLECTABLE, cycles)
print(len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
gc.garbage.clear()
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug() == gc.DEBUG_LEAK)
gc.set_debug(0)
print([s["uncollectable"] for s in gc.get_stats()])
info = []
gc.callbacks.append(lambda phase, i: info.append((phase, i["collected"], i["uncollectable"])))
cycles()
gc.collect()
gc.callbacks.clear()
print(info)
gc.enable()
