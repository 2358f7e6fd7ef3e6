# help() on functions, classes with every kind of member, instances, and by name:
# pydoc's text as CPython 3.11 prints it when stdout is not a terminal.
import pydoc


def plain_function(a, b=2, /, c=3, *args, d, e='x', **kwargs):
    """Do something with the arguments.

    The second paragraph
        keeps its relative indentation.
    """


def annotated(x: int, y: 'list[str]' = None) -> dict:
    "One line of documentation."


square = lambda n: n * n


class Base:
    """A base class."""

    base_attr = 'inherited data'

    def base_method(self):
        """Defined in Base."""

    def overridden(self):
        """Base's version."""

    @property
    def base_prop(self):
        """A property of Base."""
        return 1


class Shape(Base):
    """A shape with every kind of member.

    It has methods, class methods, static methods, properties and data.
    """

    sides = 0
    registry = {'a': 1, 'b': [1, 2, 3]}
    __slots__ = ()

    def __init__(self, name, *, colour='red'):
        """Make a shape."""

    def area(self) -> float:
        """The area."""
        return 0.0

    def overridden(self):
        pass

    alias = area

    @classmethod
    def from_text(cls, text):
        """Build from text."""

    @staticmethod
    def helper(x, y=1):
        """A static helper."""

    @property
    def readonly(self):
        """Read only."""
        return 1

    def _get(self):
        return 2

    def _set(self, v):
        pass

    both = property(_get, _set, doc='Read and write.')

    def __repr__(self):
        return 'Shape()'

    def _private(self):
        pass


class Square(Shape):
    pass


class WithDict:
    """Instances have a __dict__ and __weakref__."""

    def method(self):
        pass


help(plain_function)
help(annotated)
help(square)
help(Base)
help(Shape)
help(Square)
help(WithDict)
help(WithDict())
help(Shape.area)
help(Shape.from_text)
help(Base().base_method)
help('pydoc_help_class_missing_name')
print(pydoc.render_doc(plain_function, renderer=pydoc.plaintext))
print(repr(pydoc.render_doc(Base.base_method)[:60]))
print(pydoc.describe(Shape), pydoc.describe(plain_function), pydoc.describe(len), pydoc.describe(pydoc))
