class Base:
    x = 1

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @property
    def double(self):
        return self.v * 2

    @staticmethod
    def static(a):
        return a

    @classmethod
    def make(cls):
        return cls(0)


class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w

    def get(self):
        return super().get() + self.w


class WithDoc:
    """A docstring."""
    a: int = 3
    b: str

    def method(self):
        """Method doc."""
        return __class__


class Meta(type):
    pass


class UsesMeta(Base, metaclass=Meta):
    pass


def decorator(f):
    return f


@decorator
def decorated():
    pass


@decorator
@decorator
def double_decorated(x):
    return x


def class_in_function():
    class Local:
        def m(self):
            return 1
    return Local


class Private:
    def __init__(self):
        self.__secret = 1

    def reveal(self):
        return self.__secret
