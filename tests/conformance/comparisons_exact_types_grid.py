# Every comparison operator over exact ints (incl. beyond 2**53), floats (signed zeros, NaN,
# infinities) and strs (astral vs BMP code points): fast paths must order as CPython does.
import math
vals = [0, 1, -1, 10**20, -10**20, 2**53, 2**53 + 1, 0.0, -0.0, 1.5, float('nan'), float('inf'), -float('inf'), 'a', 'b', '', 'ab', '\U0001f600', '\uffff', 'é']
for a in vals:
    row = []
    for b in vals:
        for op in ('<', '<=', '==', '!=', '>', '>='):
            try: row.append('1' if eval(f'a {op} b') else '0')
            except TypeError: row.append('T')
    print(repr(a), ''.join(row))
print(sorted(['\U0001f600', '\uffff', 'a', 'é', '']), sorted([3, 2**60, -2**60, 0]), sorted([2.5, -0.0, 0.0, 1e300]))
print([x for x in [1, 2, 3] if x in (2, 3)], 'b' in ['a', 'b'], max(['x', 'y']), min([3.5, 2.5]), float('nan') in [float('nan')])
n = float('nan'); print(n in [n], [n] == [n], (n,) < (n,), [1, n] < [1, 2])
