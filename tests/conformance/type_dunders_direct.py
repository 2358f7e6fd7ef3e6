# Calling builtin types' dunder methods directly, and in-place operators keeping identity.
print((1 + 2j).__complex__(), (5).__index__(), (2.5).__float__(), (7).__float__(), (3.9).__int__(), (True).__int__())
print(b'ab'.__bytes__(), type(b'x'.__bytes__()).__name__, (b'x').__getnewargs__(), (1.5).__getnewargs__(), (3).__getnewargs__())
class B(bytes):
    pass
class C(complex):
    pass
print(type(B(b'q').__bytes__()).__name__, type(C(1, 2).__complex__()).__name__, bytes(B(b'z')), complex(C(3)))
ba = bytearray(b'ab')
alias = ba
ba *= 3
ba += b'!'
print(ba, alias is ba)
lst = [1]
la = lst
lst *= 2
lst += [3]
print(lst, la is lst)
t = (1,)
ta = t
t *= 2
print(t, ta is t, ta)
s = {1}
sa = s
s |= {2}
s &= {1, 2, 3}
s -= {3}
s ^= {4}
print(sorted(s), sa is s)
d = {'a': 1}
da = d
d |= {'b': 2}
print(d, da is d)
fs = frozenset({1})
fa = fs
fs |= {2}
print(sorted(fs), fa is fs, sorted(fa))
text = 'ab'
text_alias = text
text += 'c'
print(text, text_alias, text is text_alias)
print((3).__add__(4), (3).__radd__(4), (3).__sub__(1.5), (2.0).__rpow__(3), (10).__rtruediv__(5), 'ab'.__rmod__('%s') if hasattr('', '__rmod__') else '')
print([1, 2].__iadd__([3]), [1].__imul__(3), {1}.__ior__({2}), {'k': 1}.__ior__({'j': 2}), bytearray(b'x').__iadd__(b'y'))
print((1).__lt__(2), (1).__lt__('x'), 'a'.__gt__('b'), [1].__eq__([1]), (1, 2).__ne__((1, 2)), None.__eq__(None))
print(int.__truediv__(7, 2), float.__floordiv__(7.0, 2), complex.__add__(1j, 1), str.__mul__('ab', 2), list.__mul__([0], 3))
print((12).__divmod__(5), (12.5).__divmod__(5), (-7).__rdivmod__(2), (2).__pow__(10, 1000), (5).__invert__(), (5).__neg__())
try:
    (1).__add__()
except TypeError as e:
    print('TypeError:', e)
try:
    int.__add__('a', 1)
except TypeError as e:
    print('TypeError:', e)
try:
    bytearray(b'x').__imul__('2')
except TypeError as e:
    print('TypeError:', e)
print(str.__len__('abc'), list.__len__([1]), dict.__getitem__({'a': 1}, 'a'), list.__getitem__([5, 6], -1))
float.__add__(1, 2.0)
