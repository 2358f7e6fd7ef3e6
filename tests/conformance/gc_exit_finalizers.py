# What runs at interpreter exit (Py_FinalizeEx, 3.11): the atexit functions, then a full
# collection that finalizes cycles still alive (weakref callbacks first), then sys.modules
# is emptied, which frees __main__ and its namespace (in a cycle with the functions defined
# here, so the collector finalizes the globals in the order it finds them).
import atexit
import gc
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


class Plain:
    pass


def on_exit():
    print('atexit function')


atexit.register(on_exit)

c = Noisy('cycle left unreachable')
c.me = c
del c

p = Plain()
p.me = p
wr = weakref.ref(p, lambda r: print('weakref callback for the cycle'))
del p

first = Noisy('global first')
second = Noisy('global second')
pair = [Noisy('in a list')]
pair.append(pair)
_private = Noisy('_private global')
print('end of the program')
