# LOAD_GLOBAL caches where a name was found: rebinding, shadowing a builtin with a global,
# deleting it again, names appearing later in globals or builtins must all be seen at once.
import builtins
def f():
    return len([1, 2]), counter, helper()
def helper():
    return 'h1'
counter = 0
out = []
for i in range(5):
    counter = i
    out.append(f())
    if i == 1:
        def helper():
            return 'h2'
    if i == 2:
        len = lambda x: 'shadowed'
    if i == 3:
        del len
print(out)
def g():
    return missing
try: g()
except NameError as e: print(e)
missing = 'now'
print(g())
del missing
try: g()
except NameError as e: print(e)
builtins.newname = 'from builtins'
def h(): return newname
print(h())
globals()['newname'] = 'from globals'
print(h())
del globals()['newname']
print(h())
del builtins.newname
try: h()
except NameError as e: print(e)
for i in range(20): globals()['pad%d' % i] = i
print(f(), h.__code__.co_names)
code = compile('x + y', '<s>', 'eval')
print(eval(code, {'x': 1, 'y': 2}), eval(code, {'x': 'a', 'y': 'b'}), eval(code, {'x': 1}, {'y': 5}))
