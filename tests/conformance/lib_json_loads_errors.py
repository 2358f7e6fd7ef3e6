# json.loads: values, hooks, parse_float/parse_int/parse_constant, and JSONDecodeError
# messages with their positions.
import json
from collections import OrderedDict

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\n"}'))
print(json.loads('  "text"  '), json.loads('12'), json.loads('-0.0'), json.loads('1E3'), json.loads('[]'))
print(json.loads('"\\ud83d\\ude00"'), json.loads('{"a": 1, "a": 2}'), json.loads(b'[1]'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda c: c.lower()))
bad = ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', 'tru', '"unterminated', '{1: 2}',
       '[1] x', '"\\x"', '01', '{"a": 1 "b": 2}', '\n\n  [\n  nul]', '"a\tb"', '[', '{', '"\\ud800"',
       '-', '1.', '[1 2]', '{"a":}']
for text in bad:
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), '->', type(e).__name__, e, (e.pos, e.lineno, e.colno), e.msg)
print(issubclass(json.JSONDecodeError, ValueError))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[2]   '), dec.decode(' 5 '))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"')))
print(json.loads('{"nested": {"deep": [[[]]]}}'), json.loads('"\\u0041\\u00DF"'))
