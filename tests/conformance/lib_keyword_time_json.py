# keyword (kwlist, softkwlist, iskeyword/issoftkeyword), deterministic parts of time
# (struct_time, gmtime, strftime/strptime, mktime round trip, monotonic ordering), and json
# with custom JSONEncoder/JSONDecoder subclasses.
import keyword
import time
import json

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ['if', 'match', 'True', 'print', 'async', '_', 'case', 'None'] if keyword.iskeyword(w)])
print([w for w in ['match', 'case', '_', 'type', 'if'] if keyword.issoftkeyword(w)])
t = time.gmtime(0)
print(t, t.tm_year, t.tm_yday, t[0:3], len(t), type(t).__name__)
t2 = time.gmtime(1700000000)
print(tuple(t2), time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %A %B %p %%', t2))
print(time.strftime('%d/%m/%y %I%M %w %U %W', t2), time.asctime(t2))
p = time.strptime('2023-11-14 22:13:20', '%Y-%m-%d %H:%M:%S')
print(p.tm_year, p.tm_mon, p.tm_mday, p.tm_hour, p.tm_wday, p.tm_yday, p.tm_isdst)
try:
    time.strptime('2023-99-01', '%Y-%m-%d')
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.strptime('abc', '%Y')
except ValueError as e:
    print(type(e).__name__, e)
a = time.monotonic()
b = time.monotonic()
c = time.perf_counter_ns()
print(b >= a, isinstance(c, int), isinstance(time.time(), float), time.time_ns() > 1600000000 * 10**9)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)), time.gmtime(86400 * 365.25 * 30)[:6])
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return {'__set__': sorted(o)}
        return super().default(o)

def as_set(d):
    return set(d['__set__']) if '__set__' in d else d

text = json.dumps({'tags': {'b', 'a'}, 'n': [1, frozenset({3})]}, cls=SetEncoder, sort_keys=True)
print(text, json.loads(text, object_hook=as_set))

class Upper(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)

print(json.loads('{"a": {"b": 1}}', cls=Upper), json.loads('[1.5]', cls=Upper, parse_float=str))
print(json.dumps([1, {'a': None}], indent=4, separators=(',', ' = ')), json.dumps({'k': 'ü'}, ensure_ascii=False, indent=None))
try:
    json.loads('{"a": NaN}', parse_constant=lambda c: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(json.dumps(float('1e16')), json.dumps(123456789.0), json.dumps(1e-7), json.dumps(True), json.dumps([None] * 2))
