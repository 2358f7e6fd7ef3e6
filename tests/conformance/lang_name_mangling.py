# Private name mangling: __names inside classes, what is and is not mangled.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        self._protected = 'single underscore'
        self.__dunder__ = 'not mangled'
        Account.__count += 1
    def owner(self):
        return self.__owner
    def __secret(self):
        return 'secret from ' + self.__owner
    def reveal(self):
        return self.__secret()
    @classmethod
    def count(cls):
        return cls.__count

a = Account('ann')
print(a.owner(), a.reveal(), Account.count(), sorted(vars(a)))
print(a._Account__owner, a._Account__secret(), Account._Account__count)
print(hasattr(a, '__owner'), hasattr(a, '_Account__owner'), getattr(a, '_protected'), a.__dunder__)

class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = 'savings-' + owner
    def both(self):
        return self.__owner, self._Account__owner
s = Savings('bob')
print(s.both(), sorted(vars(s)), Savings.count())

class _Leading:
    def get(self):
        self.__x = 1
        return sorted(vars(self))
class __Dunder:
    def get(self):
        self.__y = 2
        return sorted(vars(self))
print(_Leading().get(), __Dunder().get())

class Scope:
    __hidden = 'class attr'
    items = [__hidden] * 2
    def uses_globals(self):
        return __name__
    def in_lambda(self):
        return (lambda: self.__hidden)()
    def in_comprehension(self):
        return [self.__hidden for _ in range(2)]
    def nested(self):
        def inner():
            return self.__hidden
        return inner()
    def via_getattr(self):
        return getattr(self, '__hidden', 'getattr strings are not mangled')
print(Scope.items, Scope().uses_globals(), Scope().in_lambda(), Scope().in_comprehension(), Scope().nested(), Scope().via_getattr())
print([n for n in vars(Scope) if 'hidden' in n])

class Args:
    def method(self, __positional, *, __kw=3):
        return __positional, __kw
print(Args().method(1), Args.method.__code__.co_varnames, Args.method.__kwdefaults__)
import types as __types_alias
class Imports:
    def get(self):
        import collections as __coll
        return __coll.__name__, [k for k in locals()]
print(Imports().get())

def attempt(label, fn):
    try:
        print(label, fn())
    except AttributeError as e:
        print(label, 'AttributeError:', e)
attempt('outside access', lambda: a.__owner)
attempt('outside method', lambda: a.__secret())
class Other:
    def peek(self, acct):
        return acct.__owner
attempt('other class', lambda: Other().peek(a))
a.__owner
