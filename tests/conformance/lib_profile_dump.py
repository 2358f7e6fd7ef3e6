# Profile data through marshal: dump_stats() writes the stats dictionary, pstats.Stats(file)
# and add(file) read it back.  marshal's own round trips, and bytes written by CPython.
import cProfile
import marshal
import os
import pstats
import io


def make_clock():
    state = [0]

    def clock():
        state[0] += 1
        return state[0]
    return clock


def leaf(x):
    return [x] * 2


def work():
    return [leaf(i) for i in range(3)]


path = '/tmp/glasspy_conformance_lib_profile_dump_%d.prof' % os.getpid()
pr = cProfile.Profile(make_clock())
pr.runcall(work)
pr.dump_stats(path)
loaded = pstats.Stats(path, stream=io.StringIO())
print(loaded.stats == pr.stats, len(loaded.stats), loaded.total_calls, loaded.total_tt)
print(len(loaded.files), loaded.files[0].endswith('    ' + path))
both = pstats.Stats(pr, stream=io.StringIO())
both.add(path)
for func in sorted(both.stats, key=str):
    cc, nc, tt, ct, callers = both.stats[func]
    print(func[2], cc, nc, tt, ct, sorted((k[2], v) for k, v in callers.items()))
loaded.dump_stats(path)
with open(path, 'rb') as f:
    print(marshal.load(f) == pr.stats)
os.remove(path)

values = [None, True, False, 0, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**100, -(2**65) + 3,
          1.5, -0.0, float('inf'), 3 + 4j, b'ab\x00', 'abc', 'x' * 300, 'h\xe9llo', '\ud800', (),
          (1, 'a'), tuple(range(300)), [1, [2]], {'a': 1, 2: (3,)}, {3, 1, 2}, frozenset({'b', 'a'}),
          ..., StopIteration, bytearray(b'xy')]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(type(back).__name__, back == v, repr(back)[:30])
print([marshal.loads(marshal.dumps(v, version)) for version in range(5) for v in [(1, 'a'), 2.5]])
# Written by CPython 3.11, with back-references.
print(marshal.loads(b'\xa9\x02\xda\x01a\x72\x01\x00\x00\x00'))
print(marshal.loads(b'\xdb\x02\x00\x00\x00\xe9\x07\x00\x00\x00r\x01\x00\x00\x00'))
for bad in [b'', b'i\x01', b'?', b'0', b'r\x05\x00\x00\x00', b'[\xff\xff\xff\xff']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [object(), [object()], len]:
    try:
        marshal.dumps(bad)
    except Exception as e:
        print(type(e).__name__, e)
f = io.BytesIO()
marshal.dump({'k': [1, 2]}, f)
marshal.dump('second', f)
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.version)
