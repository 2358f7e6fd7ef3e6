# Descriptors: __set_name__, __get__, __set__, __delete__, data vs non-data precedence.
class Logged:
    def __set_name__(self, owner, name):
        print(f'__set_name__({owner.__name__}, {name!r})')
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f'<Logged on {objtype.__name__}>'
        print('get', self.name)
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        print('set', self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)

class Account:
    balance = Logged()
    owner = Logged()

print(Account.balance)
acct = Account()
print(acct.balance)
acct.balance = 10
print(acct.balance)
del acct.balance
print(acct.balance)
print(sorted(vars(acct)))

class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'

class Holder:
    attr = NonData()

h = Holder()
print(h.attr)
h.attr = 'from instance'
print(h.attr, Holder.attr)
del h.attr
print(h.attr)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError('read-only attribute')

class R:
    x = ReadOnly()
r = R()
r.__dict__['x'] = 'shadow?'
print(r.x, r.__dict__)
try:
    r.x = 1
except AttributeError as e:
    print('AttributeError:', e)

class NoDelete:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        pass
class D:
    y = NoDelete()
try:
    del D().y
except AttributeError as e:
    print('AttributeError:', e)

class Late:
    pass
desc = Logged()
Late.added = desc
print(hasattr(desc, 'name'))
desc.__set_name__(Late, 'added')
print(type(Account.__dict__['balance']).__name__, Account.__dict__['owner'].name)
def plain(self):
    return 'bound'
print(plain.__get__(h, Holder)(), plain.__get__(None, Holder) is plain)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('no names please')
class Uses:
    item = Bad()
