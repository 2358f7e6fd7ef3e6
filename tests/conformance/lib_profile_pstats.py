# pstats.Stats on profiles taken with a deterministic clock: sort keys and their
# abbreviations, SortKey, restrictions, add(), strip_dirs(), get_stats_profile(), errors.
import cProfile
import io
import pstats
from pstats import SortKey


def make_clock(step):
    state = [0]

    def clock():
        state[0] += step
        return state[0]
    return clock


def leaf(x):
    return x + 1


def branch(n):
    return [leaf(i) for i in range(n)]


def root():
    return sum(branch(3)) + sum(branch(2))


def profile(step):
    pr = cProfile.Profile(make_clock(step))
    pr.runcall(root)
    return pr


out = io.StringIO()
st = pstats.Stats(profile(1), stream=out)
st.strip_dirs()
print(st.total_calls, st.prim_calls, st.total_tt, st.max_name_len)
for key in ['cumu', 'tot', 'pcalls', 'file', 'line', 'stdname', 'nfl', 'module', 'ncalls', 'cumtime']:
    st.sort_stats(key, 'nfl')
    print(key, st.sort_type, [f[2] for f in st.fcn_list])
print(sorted(k for k in st.get_sort_arg_defs() if len(k) <= 2))
st.sort_stats(SortKey.TIME, SortKey.NFL).reverse_order()
print([f[2] for f in st.fcn_list])
print(SortKey('ncalls') is SortKey.CALLS, SortKey.FILENAME.value, str(SortKey.LINE), repr(SortKey.TIME))
print([m.value for m in SortKey])
st.sort_stats(2)
print(st.sort_type)
st.sort_stats()
print(st.fcn_list)

# Restrictions: a count, a fraction, a regular expression, a bad regular expression.
st.sort_stats('nfl')
st.print_stats(2, 'leaf')
st.print_stats('br|le', 0.5)
st.print_stats('(')
st.print_stats(0)
print(out.getvalue())

# add(): two runs of the same code, and a Stats built from several profiles.
a = pstats.Stats(profile(1), stream=io.StringIO())
b = pstats.Stats(profile(2), stream=io.StringIO())
a.add(b)
for func in sorted(a.stats, key=str):
    cc, nc, tt, ct, callers = a.stats[func]
    print(func[2], cc, nc, tt, ct, sorted((k[2], v) for k, v in callers.items()))
c = pstats.Stats(profile(1), profile(3), profile(5), stream=io.StringIO())
print(c.total_calls, c.prim_calls, c.total_tt)

# get_stats_profile(): one FunctionProfile per function name.
sp = pstats.Stats(profile(1), stream=io.StringIO()).strip_dirs().sort_stats('nfl').get_stats_profile()
print(sp.total_tt)
for name, fp in sp.func_profiles.items():
    print(name, fp.ncalls, fp.tottime, fp.percall_tottime, fp.cumtime, fp.percall_cumtime, fp.file_name, fp.line_number)

# Errors.
try:
    st.sort_stats('calls', SortKey.NAME)
except TypeError as e:
    print('TypeError', e)
try:
    st.sort_stats('cum')
except KeyError as e:
    print('KeyError', e)
try:
    pstats.Stats(5)
except TypeError as e:
    print('TypeError', e)
empty = pstats.Stats(stream=io.StringIO())
print(empty.stats, empty.total_calls)
print(pstats.func_std_string(('~', 0, '<built-in method builtins.len>')),
      pstats.func_std_string(('~', 0, 'plain')), pstats.func_std_string(('a/b.py', 3, 'f')),
      pstats.func_strip_path(('/x/y/z.py', 1, 'g')), pstats.f8(1 / 3))
