# Unpacking: targets of every shape, starred targets, and the errors for wrong lengths.
a, b, c = 'xyz'
print(a, b, c)
(d, e), f = [1, 2], 3
print(d, e, f)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)
[x, [y, *zs]] = (0, 'pqr')
print(x, y, zs)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
m, n = n_m = 1, 2
print(m, n, n_m)
obj = type('O', (), {})()
obj.p, obj.q = 'P', 'Q'
lst = [0, 0]
lst[0], lst[1] = lst[1] + 5, lst[0] + 7
print(obj.p, obj.q, lst)
def gen():
    yield 'g1'
    yield 'g2'
g1, g2 = gen()
print(g1, g2)
print([(p, q) for p, *q in ['ab', 'cde', 'f']])
print(*[1, 2], *'ab', sep='|')
print({**{'a': 1}, 'b': 2, **dict(c=3)}, [*range(2), *{5: 0}], (*'xy',), {*'aab'} == {'a', 'b'})

def attempt(label, src):
    try:
        exec(src, {})
        print(label, 'ok')
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)
attempt('too few', 'a, b, c = [1, 2]')
attempt('too many', 'a, b = [1, 2, 3]')
attempt('too many from string', 'a, b = "abc"')
attempt('starred too few', 'a, b, *c, d = [1, 2]')
attempt('non-iterable', 'a, b = 5')
attempt('None', 'a, b = None')
attempt('nested too few', '(a, b), c = [1], 2')
attempt('generator too many', 'a, = (i for i in range(3))')
attempt('dict too many', 'a, b = {"x": 1, "y": 2, "z": 3}')
attempt('star on int', 'print(*5)')
attempt('double star on list', 'print(**[1])')
attempt('dict star duplicate', 'f = lambda **k: k\nf(**{"a": 1}, **{"a": 2})')
attempt('set unpack unhashable', 's = {*[[1]]}')
class Weird:
    def __iter__(self):
        return iter([1, 2, 3, 4])
w1, *w2 = Weird()
print(w1, w2)
q1, q2 = Weird()
