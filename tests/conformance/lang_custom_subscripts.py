# __getitem__/__setitem__/__delitem__ receive ints, slices, tuples, Ellipsis and anything else.
class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print('set', repr(key), '=', repr(value))
    def __delitem__(self, key):
        print('del', repr(key))

s = Show()
print(s[1], s[-1], s['k'], s[None], s[...], s[1.5])
print(s[1:2], s[:], s[::], s[1:], s[:5], s[::-1], s[1:2:3], s[None:None])
print(s[1, 2], s[1:2, 3], s[:, ::2], s[..., 0], s[(1, 2)], s[()], s[[1, 2]], s[1, ])
print(s[lambda: 0].__name__, s[s].__class__.__name__, s[1:'a':[]], type(s[:]).__name__)
s[0] = 'a'
s[1:3] = [1, 2]
s[::2] = 'step'
s[1, 2] = 'tuple'
s[...] = 'ellipsis'
del s[5]
del s[2:]
del s[:, 1]
sl = s[3:10:2]
print(sl.start, sl.stop, sl.step, sl.indices(6), sl.indices(100), slice(5).indices(3))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[key]
    def __len__(self):
        return len(self.rows)
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1], m[1, 2], m[0:2, 0], m[::2, -1], m[-1][::-1], list(m), len(m), [4, 5, 6] in m)

class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError('Seq index out of range')
        return i * 10
q = Seq()
print(q[0], q[-1], q[1:3], q[::-1], q[-2:], list(q), list(reversed(q)), 20 in q, sorted(q, reverse=True))
class OnlyGet:
    def __getitem__(self, key):
        return key
def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)
o = OnlyGet()
attempt('set on get-only', lambda: o.__setitem__(0, 1))
attempt('q[10]', lambda: q[10])
attempt('object subscript', lambda: object()[0])
attempt('function subscript', lambda: len[0])
attempt('class subscript', lambda: Seq[0])
five = 5
attempt('int subscript', lambda: five[0])
attempt('dict slice', lambda: {}[1:2])
one_list, ab = [1], 'ab'
attempt('list tuple index', lambda: one_list[0, 0])
attempt('str tuple index', lambda: ab[0, 1])
def set_item():
    o[0] = 1
def del_item():
    del o[0]
attempt('assign to get-only', set_item)
attempt('delete from get-only', del_item)
del o[1]
