class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
class Base(metaclass=Registry):
    pass
class Sub(Base):
    pass
print(Registry.classes, type(Sub).__name__)
class Plugin:
    plugins = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.plugins.append(cls.__name__)
class A(Plugin, tag="alpha"): pass
class B(Plugin): pass
print(Plugin.plugins, A.tag, B.tag)
