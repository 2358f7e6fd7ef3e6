# match statements: which objects are sequences and mappings (type flags, ABCs), and the
# protocol calls matching makes (len, __getitem__ by index, .get, __instancecheck__).
import collections
import collections.abc


def kind(v):
    match v:
        case {}:
            return 'mapping'
        case []:
            return 'empty sequence'
        case [*_]:
            return 'sequence'
        case _:
            return 'neither'


print([kind(v) for v in [[], (), range(0), range(3), memoryview(b'ab'), collections.deque(), {}, collections.OrderedDict(),
                         collections.defaultdict(int), collections.Counter(), type.__dict__, 'str', b'b', 3, None,
                         collections.UserList([1]), collections.UserDict(a=1), collections.ChainMap()]])


class ListSub(list):
    pass


class DictSub(dict):
    pass


class Both(dict, collections.abc.Sequence):
    pass


class BothOther(collections.abc.Sequence, dict):
    pass


print(kind(ListSub([1])), kind(DictSub()), kind(Both()), kind(BothOther()))


# register() gives the flag to the class and its existing subclasses; a class that already
# has the flag keeps it unless another ABC's register() replaces it.
class Base:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return 'item'

    def get(self, key, default=None):
        return 'got ' + repr(key)


class Child(Base):
    pass


print(kind(Base()), kind(Child()))
collections.abc.Mapping.register(Base)
print(kind(Base()), kind(Child()))


class Grandchild(Child):
    pass


print(kind(Grandchild()))
collections.abc.Sequence.register(Child)
print(kind(Base()), kind(Child()), kind(Grandchild()))

# Builtin types are immutable: registering them changes nothing.
collections.abc.Sequence.register(str)
print(kind('still not a sequence'))


# Mapping patterns call .get(key, sentinel) on the subject, once per key, in order.
class Logging(dict):
    def get(self, key, default=None):
        print('  get', repr(key))
        return super().get(key, default)


match Logging(a=1, b=2):
    case {'a': 1, 'zz': _}:
        print('not reached')
    case {'b': b, 'a': a}:
        print('matched', a, b)


class Broken(dict):
    def get(self, key, default=None):
        raise LookupError('get failed for ' + repr(key))


try:
    match Broken(a=1):
        case {'a': _}:
            pass
except LookupError as e:
    print('LookupError:', e)


# Sequence patterns use len() and then unpack by iteration, or index with *_.
class Noisy(collections.abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print('  len')
        return self.n

    def __getitem__(self, i):
        print('  getitem', i)
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


match Noisy(4):
    case [a, b]:
        print('not reached')
    case [first, *_, last]:
        print('first and last', first, last)

match Noisy(3):
    case [a, *rest]:
        print('a and rest', a, rest)


# Class patterns use isinstance, so __instancecheck__ counts.
class Meta(type):
    def __instancecheck__(cls, obj):
        print('  instancecheck', obj)
        return obj == 42


class Answer(metaclass=Meta):
    pass


for v in [42, 41]:
    match v:
        case Answer():
            print(v, 'is an Answer')
        case _:
            print(v, 'is not')

# An attribute-based __match_args__ on a list subclass disables the self-match.
class Pair(list):
    __match_args__ = ('first',)

    @property
    def first(self):
        return self[0]


match Pair([7, 8]):
    case Pair(f):
        print('first is', f)
match [7, 8]:
    case list(whole):
        print('whole list', whole)

# bool is an int subclass that matches itself too.
match True:
    case int(i):
        print('int pattern got', i)

# __abc_tpflags__ goes away from the namespace of an ABC once it is read.
print('__abc_tpflags__' in collections.abc.Sequence.__dict__, '__abc_tpflags__' in collections.abc.Mapping.__dict__)

# Struct sequences are tuples (sequence patterns) with __match_args__ (class patterns).
import sys
import time

VersionInfo = type(sys.version_info)
print(VersionInfo.__match_args__, time.struct_time.__match_args__)
match sys.version_info:
    case (3, minor, *_) if minor >= 11:
        print('3.11 or later, by sequence')
match sys.version_info:
    case VersionInfo(3, minor):
        print('minor by attribute:', minor)
match time.gmtime(0):
    case time.struct_time(tm_year=y, tm_mon=m):
        print('epoch', y, m)
