# Truth testing: __bool__, then __len__, then always true; errors from bad results.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('__bool__ called')
        return self.v

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print('__len__ called')
        return self.n

class Both(WithLen):
    def __bool__(self):
        print('Both.__bool__')
        return True

class Plain:
    pass

print(bool(WithBool(False)), bool(WithBool(True)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(7)))
print(bool(Both(0)))
print(bool(Plain()), not Plain())
if WithLen(2) and not WithBool(False):
    print('both branches evaluated')
print([x for x in (WithLen(0), WithLen(1), WithBool(True)) if x].__len__())
print(WithLen(0) or 'fallback', WithBool(True) and 'second')

class BoolNone:
    __bool__ = None
class LenNone:
    __len__ = None
def check(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

check('bool returns int', lambda: bool(WithBool(1)))
check('bool returns str', lambda: bool(WithBool('yes')))
check('len negative', lambda: bool(WithLen(-1)))
check('len float', lambda: bool(WithLen(1.5)))
check('len huge', lambda: len(WithLen(2 ** 70)))
check('len via bool huge', lambda: bool(WithLen(2 ** 70)))
check('__bool__ = None', lambda: bool(BoolNone()))
check('__len__ = None', lambda: bool(LenNone()))
check('len of Plain', lambda: len(Plain()))
check('len of int', lambda: len(5))

class IntLike:
    def __index__(self):
        return 4
check('len returns __index__ object', lambda: len(WithLen(IntLike())))
print(bool(0), bool(0.0), bool(0j), bool(''), bool(b''), bool([]), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(-1), bool(0.1), bool(' '), bool([0]), bool((None,)), bool(range(1)), bool(None), bool(Ellipsis))
class SubInt(int):
    def __bool__(self):
        return False
print(bool(SubInt(5)), SubInt(5) + 1, not SubInt(0))
while WithLen(0):
    print('never')
else:
    print('while else via __len__')
print(all([WithLen(1), WithBool(True)]), any([WithLen(0), WithBool(False)]))
print(not WithBool('truthy?'))
