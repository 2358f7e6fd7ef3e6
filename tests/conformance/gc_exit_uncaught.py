# An uncaught exception at exit: its traceback (kept in sys.last_traceback, as PyErr_Print
# keeps it) holds the failing frames, so their locals are finalized only after the atexit
# functions and the first collection, when shutdown sets sys.last_* to None.  A module that
# stays alive (held by sys here) has its namespace cleared name by name: _private names
# first, then the others, in the order they were bound.  gc.callbacks see the first
# collection only (the later ones are _PyGC_CollectNoFail's).
import atexit
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


def on_gc(phase, info):
    print('gc callback', phase, info['generation'], info['collected'])


atexit.register(lambda: print('atexit function'))
gc.callbacks.append(on_gc)
sys.keep_main_alive = sys.modules[__name__]
b = Noisy('global b')
_a = Noisy('_private global _a')
c = Noisy('global c')
cyc = Noisy('cycle')
cyc.me = cyc
del cyc


def fail():
    local = Noisy('local of the failing frame')
    raise ValueError('uncaught')


fail()
