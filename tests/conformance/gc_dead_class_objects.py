# The objects the cycle collector finds when a class dies: the class, its namespace dict,
# its __mro__ and __bases__ tuples, the __dict__/__weakref__ getset descriptors, and what
# the namespace holds (functions, their default tuples, closures ...).
import gc
import sys


def garbage_of(make):
    gc.collect()
    make()
    gc.set_debug(gc.DEBUG_SAVEALL)
    n = gc.collect()
    kinds = sorted(type(o).__name__ for o in gc.garbage)
    gc.set_debug(0)
    gc.garbage.clear()
    gc.collect()
    return n, kinds


def plain():
    class A:
        pass


def with_method():
    class A:
        def f(self):
            return 1


def with_init_and_method():
    class A:
        def __init__(self):
            self.x = 1

        def f(self):
            return self.x


def with_defaults_and_class_attrs():
    class A:
        items = [1, 2]
        table = {'a': (1, [])}

        def f(self, a=1, b=(2, 3)):
            return a

        @property
        def p(self):
            return 1

        @staticmethod
        def s():
            return 2

        @classmethod
        def c(cls):
            return cls


def with_slots():
    class A:
        __slots__ = ('a', 'b')


def with_base():
    class Base:
        pass

    class Sub(Base):
        pass


def with_instance():
    class A:
        pass

    a = A()
    a.me = a


def with_closure():
    x = [1]

    class A:
        def f(self):
            return x


def with_super_call():
    class A:
        def f(self):
            return super().f


for make in [plain, with_method, with_init_and_method, with_defaults_and_class_attrs,
             with_slots, with_base, with_instance, with_closure, with_super_call]:
    n, kinds = garbage_of(make)
    print(f'{make.__name__}: {n}')
    print('   ', ', '.join(kinds))


class K:
    pass


print('__mro__ is one object:', K.__mro__ is K.__mro__, type(K.__mro__).__name__)
print('__bases__ is one object:', K.__bases__ is K.__bases__)
print('tracked: mro', gc.is_tracked(K.__mro__), 'bases', gc.is_tracked(K.__bases__))
gc.collect()
print('after a collection: mro', gc.is_tracked(K.__mro__), 'bases', gc.is_tracked(K.__bases__))
print('refcount of a fresh class', sys.getrefcount(K))
m = K.__mro__
del K
print('a kept __mro__ keeps its class:', m[0].__name__, gc.collect())
del m
print('then it goes:', gc.collect())
print('tuple of builtin types tracked after a collection:', end=' ')
t = (int, str)
gc.collect()
print(gc.is_tracked(t), gc.is_tracked({'t': int}), gc.is_tracked({'k': K} if False else {'o': object}))
