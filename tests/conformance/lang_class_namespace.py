# What a class body produces: namespace order, annotations, __qualname__, __module__, __doc__.
class Config:
    """Configuration holder."""
    name: str = 'default'
    retries: int
    timeout = 30
    def method(self):
        return self.timeout
    class Inner:
        value: float = 1.5
        def deep(self):
            def local():
                pass
            return local
    items = [timeout] * 2
    del items

print([k for k in Config.__dict__ if not k.startswith('__')])
print(Config.__annotations__, Config.Inner.__annotations__)
print(Config.__qualname__, Config.Inner.__qualname__, Config.Inner.deep.__qualname__, Config.Inner().deep().__qualname__)
print(Config.__module__, Config.__doc__, Config.Inner.__doc__, Config.method.__doc__)
print(hasattr(Config, 'retries'), Config.name, 'items' in Config.__dict__)

def factory(tag):
    class Made:
        label = tag
        def who(self):
            return f'{type(self).__qualname__} {self.label}'
    return Made
M1, M2 = factory('one'), factory('two')
print(M1().who(), M2().who(), M1 is M2, M1.__qualname__)

class Counter:
    count = 0
    log = []
    for i in range(3):
        count += i
        log.append(i * i)
    del i
print(Counter.count, Counter.log, hasattr(Counter, 'i'))

class Conditional:
    import sys as _sys
    if _sys.version_info >= (3, 11):
        feature = 'new'
    else:
        feature = 'old'
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = 'caught in class body'
print(Conditional.feature, Conditional.risky, type(Conditional._sys).__name__)

class WithLocals:
    a = 1
    b = a + 1
    snapshot = sorted(k for k in locals() if not k.startswith('__'))
print(WithLocals.snapshot, WithLocals.b)
x = 'global x'
class Reads:
    x = 'class x'
    y = x
    def f(self):
        return x
print(Reads.y, Reads().f())
class Empty:
    pass
print(sorted(Empty.__dict__), Empty.__doc__, Empty.__annotations__ if hasattr(Empty, '__annotations__') else 'no annotations')
class Shadow:
    def __init__(self):
        self.method = lambda: 'instance attribute wins'
    def method(self):
        return 'class method'
print(Shadow().method(), Shadow.method(Shadow()))
class Fails:
    ok = 1
    broken = undefined_name_in_class_body
