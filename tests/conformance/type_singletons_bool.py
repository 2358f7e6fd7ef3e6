# bool arithmetic, None / NotImplemented / Ellipsis, and their types.
print(True + True, True * 10, True - False, -True, ~True, ~False, True / 2, True // 2, True % 2, True ** 10, 2 ** True)
yes, no = True, False
print(yes & no, yes | no, yes ^ yes, type(yes & no).__name__, type(yes + 0).__name__, yes & 3, 5 | no)
print(int(True), float(False), str(True), repr(False), True == 1, False == 0, True is 1 == 1, True.real, False.imag)
print(sum([True, True, False]), max(False, True), sorted([True, False, 1, 0]), [1, 2][True], {True: 'a', 1: 'b'})
print(bool(), bool(0), bool('False'), isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__base__)
print(True.__and__(False), True.__or__(1), True.__xor__(True), (True).__rand__(False), hash(True), hash(False), format(True, 'd'), format(True, ''))
print(f'{True}', f'{True!r}', f'{True:>6}', f'{False:5}|', '%d %s %r' % (True, False, True), True.__index__(), divmod(True, 2))
print(None, repr(None), str(None), type(None), type(None)() is None, None.__class__.__name__, None == None, None is None)
print(bool(None), hash(None) == hash(None), None.__eq__(None), None.__eq__(0), None.__ne__(1), None.__bool__(), [None] * 2)
print(NotImplemented, repr(NotImplemented), type(NotImplemented), type(NotImplemented)() is NotImplemented, NotImplemented.__reduce__())
print(Ellipsis, ..., repr(...), type(...), ... is Ellipsis, type(...)() is ..., Ellipsis.__reduce__())
print({None: 1, ...: 2, NotImplemented: 3}, ((...,) + (None,)), str(...), f'{...}', f'{None!s:>5}')
x = [1, [2, ...]]
print(x, [...] == [...], ... == ..., None in [None], sorted([None, None], key=lambda _: 0))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('None + 1', lambda: None + 1)
attempt('None < 1', lambda: None < 1)
nothing = None
attempt('None call', lambda: nothing())
attempt('None attr', lambda: None.foo)
attempt('None subscript', lambda: nothing[0])
attempt('None iter', lambda: list(None))
attempt('len None', lambda: len(None))
attempt('bool subclass', lambda: type('B', (bool,), {}))
attempt('NoneType args', lambda: type(None)(1))
attempt('True / False', lambda: True / False)
attempt('Ellipsis + 1', lambda: ... + 1)
attempt('NotImplemented bool', lambda: bool(NotImplemented))
attempt('set None attr', lambda: setattr(None, 'x', 1))
attempt('bool kw', lambda: bool(x=1))
print(True.__sizeof__() > 0, isinstance(None, object), object.__class__, (None).__class__.__bases__)
None.attribute
