# profile.Profile, the pure-Python profiler on sys.setprofile, with a deterministic clock:
# its parallel stack, callers as plain counts, builtins named by __name__.
import io
import os
import profile
import pstats
import re


def make_clock():
    state = [0]

    def clock():
        state[0] += 1
        return state[0]
    return clock


def square(x):
    return x * x


def tally(n):
    values = [square(i) for i in range(n)]
    values.append(len(values))
    return sum(values)


def recurse(n):
    if n == 0:
        return 0
    return 1 + recurse(n - 1)


def failing():
    raise ValueError('no')


def guarded():
    try:
        failing()
    except ValueError:
        return 'caught'


namespace = {'tally': tally, 'recurse': recurse, 'guarded': guarded}
pr = profile.Profile(make_clock())
pr.runctx('tally(3); recurse(3); guarded()', namespace, namespace)
def short(func):
    return (os.path.basename(func[0]), func[1], re.sub('0x[0-9a-f]+', '0x...', func[2]))


for func in sorted(pr.timings, key=str):
    cc, ns, tt, ct, callers = pr.timings[func]
    print(short(func), cc, ns, tt, ct, sorted((short(k), v) for k, v in callers.items()))

out = io.StringIO()
st = pstats.Stats(pr, stream=out).strip_dirs().sort_stats('stdname')
st.print_stats()
st.print_callers()
st.print_callees('tally|square')
print(out.getvalue())

pr2 = profile.Profile(make_clock())
print(pr2.runcall(recurse, 2))
pr2.create_stats()
print(sorted((short(f)[2], v[0], v[1], v[2], v[3]) for f, v in pr2.stats.items()))

# A timer returning pairs, summed by the profiler.
ticks = iter(range(1000))
pr3 = profile.Profile(lambda: (next(ticks), 0))
pr3.runcall(square, 7)
pr3.create_stats()
print(sorted((short(f)[2], v[:4]) for f, v in pr3.stats.items()))

try:
    class Sub(profile.Profile):
        pass
    Sub(make_clock()).calibrate(10)
except TypeError as e:
    print('TypeError', e)
