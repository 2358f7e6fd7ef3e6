# super() in classmethods, staticmethods (explicit form) and cooperative multiple inheritance.
class Base:
    created = []
    @classmethod
    def create(cls, *args):
        print('Base.create for', cls.__name__)
        obj = cls(*args)
        Base.created.append(cls.__name__)
        return obj
    def __init__(self, *args):
        self.args = args
    def describe(self):
        return ['Base']

class Child(Base):
    @classmethod
    def create(cls, *args):
        print('Child.create for', cls.__name__)
        return super().create(*args, 'child')
    def describe(self):
        return ['Child'] + super().describe()

class Grand(Child):
    @classmethod
    def create(cls, *args):
        print('Grand.create')
        return super(Child, cls).create(*args)

c = Child.create(1)
print(c.args, type(c).__name__)
g = Grand.create(2)
print(g.args, type(g).__name__, Base.created)

class A:
    def __init__(self, **kw):
        print('A', kw)
        super().__init__(**kw)
    def who(self):
        return 'A'
class B(A):
    def __init__(self, b=None, **kw):
        print('B', b)
        super().__init__(**kw)
    def who(self):
        return 'B>' + super().who()
class C(A):
    def __init__(self, c=None, **kw):
        print('C', c)
        super().__init__(**kw)
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def __init__(self, **kw):
        print('D')
        super().__init__(**kw)
    def who(self):
        return 'D>' + super().who()

d = D(b=1, c=2)
print(d.who(), [k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(C, d).who())
s = super(D, d)
print(type(s).__name__, s.__self__ is d, s.__thisclass__.__name__, s.__self_class__.__name__)
print(repr(super(B, D)).startswith('<super: <class'), super(B, D).who.__qualname__)

class S:
    @staticmethod
    def helper():
        return 'S.helper'
class T(S):
    @staticmethod
    def helper():
        return 'T+' + super(T, T).helper()
print(T.helper())
class P:
    @property
    def val(self):
        return 1
class Q(P):
    @property
    def val(self):
        return super().val + 10
print(Q().val, Child().describe())
try:
    super(int, 'x')
except TypeError as e:
    print('TypeError:', e)
def loose():
    return super().x
loose()
