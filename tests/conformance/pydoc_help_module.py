"""help() on modules and builtins: a module built here (NAME, DESCRIPTION, CLASSES with
their tree, FUNCTIONS, DATA, VERSION, AUTHOR, FILE), this program's own module, builtins
found by object and by name, and the interactive help> loop fed from stdin."""
import gc
import sys
import types

import pydoc

source = '''\
"""Shapes and helpers.

A module made for the help() test: classes in a small hierarchy, functions,
and data of several kinds.
"""

__version__ = '1.2'
__author__ = 'glasspy tests'

LIMIT = 10
NAMES = ['circle', 'square', 'triangle'] * 10
TABLE = {'a': 1, 'b': (2, 3)}
EMPTY = set()
_hidden = 'not shown'


class Shape:
    """The root of the shapes."""

    def area(self):
        """Area of the shape."""
        return 0


class Circle(Shape):
    def __init__(self, r):
        self.r = r


class Square(Shape):
    pass


class Mixin:
    pass


class Fancy(Circle, Mixin):
    """Two bases."""


def make(kind, *sizes, scale=1.0):
    """Make a shape of the given kind."""


def _private_helper():
    pass
'''

mod = types.ModuleType('shapes')
sys.modules['shapes'] = mod
exec(compile(source, '<shapes>', 'exec'), mod.__dict__)

help(mod)
help('shapes.Fancy')
help('shapes.make')

restricted = types.ModuleType('restricted', 'Only what __all__ names.')
sys.modules['restricted'] = restricted
exec('__all__ = ["shown", "_also"]\ndef shown(): pass\ndef _also(): pass\ndef hidden(): pass\n'
     'VALUE = 3\n', restricted.__dict__)
help(restricted)

help(len)
help(abs)
help('divmod')
help('gc.collect')
help(gc.get_threshold)
help(ord)


def documented_here(x):
    """A function of the program itself."""


help(sys.modules[__name__].documented_here)
help('keywords')
help('no_such_name_anywhere')
pydoc.help(documented_here)
help()
