# operator: function forms of operators, itemgetter/attrgetter/methodcaller (calls, reprs,
# errors), in-place forms, length_hint, index, call.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'b'), op.ge(3, 4), op.gt(5, 4))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.index(7))
d = {'a': 1}
op.setitem(d, 'b', 2)
op.delitem(d, 'a')
print(d, op.getitem([10, 20, 30], 1), op.getitem('hello', slice(1, 3)))
lst = [1]
print(op.iadd(lst, [2]), lst, op.iconcat(lst, [3]), op.imul([0], 3), op.ipow(2, 5), op.isub(10, 3))
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(object(), 7), op.call(max, 3, 9))
g = op.itemgetter(1)
g2 = op.itemgetter(0, -1)
print(g([5, 6, 7]), g2('hello'), g2([1, 2, 3]), repr(g), repr(g2), repr(op.itemgetter('k')))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)), list(map(op.itemgetter(0), rows)))

class Obj:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'

o = Obj('outer', Obj('inner'))
a1 = op.attrgetter('name')
a2 = op.attrgetter('child.name', 'name')
print(a1(o), a2(o), repr(a1), repr(a2), repr(op.attrgetter('x.y')))
m = op.methodcaller('greet', 'Hi')
m2 = op.methodcaller('greet', 'Yo', punct='?')
print(m(o), m2(o), repr(m), repr(m2), repr(op.methodcaller('strip')))
print(op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', 'o')('banana'))
for label, f in [('itemgetter()', lambda: op.itemgetter()), ('attrgetter(1)', lambda: op.attrgetter(1)),
                 ('methodcaller()', lambda: op.methodcaller()), ('methodcaller(1)', lambda: op.methodcaller(1)),
                 ('attr missing', lambda: op.attrgetter('nope')(o)), ('item missing', lambda: op.itemgetter(5)([1])),
                 ('index float', lambda: op.index(1.5)), ('indexOf missing', lambda: op.indexOf([1], 2)),
                 ('add mismatch', lambda: op.add(1, 'a')), ('length_hint bad', lambda: op.length_hint(1, 'x'))]:
    try:
        print(label, f())
    except (TypeError, AttributeError, IndexError, ValueError) as e:
        print(label, '->', type(e).__name__, e)
print(op.__name__, op.add.__name__, op.itemgetter.__name__, callable(op.attrgetter('a')))
