# Classes: methods, super(), properties, class bodies, decorators.
class Simple:
    pass
class WithMethods:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def set(self, v):
        self.x = v
class Derived(WithMethods):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def get(self):
        return super().get() + self.y
class ExplicitSuper(WithMethods):
    def get(self):
        return super(ExplicitSuper, self).get()
class WithClassAttrs:
    a = 1
    b = a + 1
    c = [a, b]
class WithDecorators:
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls):
        return cls
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
class WithDocstring:
    """Class docstring."""
    def m(self):
        """Method docstring."""
        return 1
class WithAnnotations:
    x: int
    y: str = 'a'
class WithDunder:
    def __repr__(self):
        return f'<{type(self).__name__}>'
    def __eq__(self, other):
        return isinstance(other, WithDunder)
    def __hash__(self):
        return 0
    def __len__(self):
        return 0
    def __getitem__(self, i):
        return i
class WithClassCell:
    def m(self):
        return __class__
class WithPrivate:
    __secret = 1
    def reveal(self):
        return self.__secret
    def __mangled(self):
        return self.__other
class Outer:
    class Inner:
        def m(self):
            return 'inner'
    def make(self):
        return self.Inner()
class WithSlots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
class WithKeywords(dict, metaclass=type):
    pass
class WithGenerator:
    def items(self):
        yield from self.data
    def gen(self):
        for x in self.data:
            yield x * 2
class WithComprehension:
    data = [1, 2]
    squares = [x * x for x in range(3)]
    def m(self):
        return {k: v for k, v in self.data}
class WithLambda:
    f = lambda self: 1
    def m(self):
        return lambda: self
def class_in_function():
    class Local:
        def m(self):
            return 1
    return Local
def class_with_closure(v):
    class C:
        attr = v
        def m(self):
            return v
    return C
def class_with_super_closure():
    class C(Simple):
        def m(self):
            return super().m()
    return C
def class_decorated(dec):
    @dec
    class C:
        pass
    return C
def class_bases(*bases):
    class C(*bases):
        pass
    return C
def attr_ops(o):
    o.x = 1
    o.y += 2
    del o.z
    return o.x
def method_calls(o):
    o.a()
    o.b(1)
    return o.c(o.d())
