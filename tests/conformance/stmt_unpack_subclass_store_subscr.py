# Unpacking a list/tuple subclass goes through its __iter__ (only exact types take the fast
# path); list item assignment fast path and its errors, __setitem__ overrides, big indexes.
class L(list):
    def __iter__(self):
        yield from (10, 20)
a, b = L([1, 2])
print(a, b)
class T(tuple):
    def __iter__(self):
        return iter(('x', 'y'))
c, d = T((1, 2))
print(c, d)
l = [1, 2, 3]
l[-1] = 'z'; l[0] = 'a'; l[True] = 'b'
print(l)
try: l[3] = 0
except IndexError as e: print(e)
try: l[-4] = 0
except IndexError as e: print(e)
class M(list):
    def __setitem__(self, i, v): print('set', i, v)
m = M([1]); m[0] = 5; print(m)
big = [0] * 3
big[2**70 % 3] = 'x'; print(big)
try: big[2**70] = 1
except IndexError as e: print(e)
