# set and frozenset methods, comparisons, in-place operators and error messages.
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.discard(1)
s.remove(2)
print(sorted(s), len(s), 3 in s, 2 not in s)
print(s.pop() in {3, 4}, len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 6])))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b), {1} <= {1}, {1} < {1}, {1, 2} > {1}, {1} >= {2})
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 20}
print(sorted(c))
c.update([5], (6,))
c.intersection_update(range(8), {5, 6, 7})
print(sorted(c))
c.difference_update({5})
c.symmetric_difference_update({6, 8})
print(sorted(c))
f = frozenset('abc')
g = frozenset(['a'])
print(sorted(f), type(f | g).__name__, type(g | {1}).__name__, type({1} | g).__name__, f.copy() is f, sorted(f - g))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset() == set(), {frozenset({1}): 'key'}[frozenset([1])])
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), set('aab') == {'a', 'b'}, {1, 2} == frozenset({1, 2}))
print(sorted({x % 3 for x in range(10)}), sorted(set([1, 1, 2])), {1, 1.0, True}, {0, False, 0.0}, len({(1, 2), (1, 2)}))
d = {1, 2}
e = d.copy()
e.clear()
print(d, e, set.__hash__, frozenset({'only'}))
class Sub(set):
    pass
print(type(Sub([1]) | {2}).__name__, type(Sub([1]).copy()).__name__, Sub('ab') == {'a', 'b'})
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('remove missing', lambda: {1}.remove(2))
attempt('pop empty', lambda: set().pop())
attempt('unhashable add', lambda: {1}.add([2]))
attempt('unhashable in', lambda: [1] in {1})
attempt('or with list', lambda: {1} | [2])
attempt('sub with list', lambda: {1} - [2])
attempt('lt with list', lambda: {1} < [1])
attempt('hash set', lambda: hash({1}))
attempt('frozenset add', lambda: frozenset().add(1))
attempt('set of int', lambda: set(5))
attempt('set kw', lambda: set(x=1))
attempt('update int', lambda: set().update(3))
attempt('change during iteration', lambda: [d.add(n + 10) for n in d])
attempt('issubset int', lambda: {1}.issubset(5))
print(d)
{1}.remove(99)
