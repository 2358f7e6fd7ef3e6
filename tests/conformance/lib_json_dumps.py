# json.dumps: separators, indent, sort_keys, ensure_ascii, default, skipkeys, allow_nan,
# check_circular, key coercion and the errors of unserialisable data.
import json

data = {'b': [1, 2.5, None, True, False], 'a': {'x': 'é\n"q"', 'y': []}, 'c': {}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t'))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, 2], indent=2, separators=(', ', ': ')))
print(json.dumps('é☃\U0001f600'), json.dumps('é☃\U0001f600', ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps((1, 2)), json.dumps('\x00\x1f\x7f'), json.dumps(10**20), json.dumps(1e100), json.dumps(-0.0))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 'tuple key'})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 'skipped', 'k': 1}, skipkeys=True))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.dumps([complex(1, 2)], default=lambda o: [o.real, o.imag]))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)

print(json.dumps([Point(1, 2)], cls=PointEncoder))
try:
    json.dumps([Point(1, 2), object], cls=PointEncoder)
except TypeError as e:
    print(type(e).__name__, e)
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.encode({'z': 1, 'a': [True]}))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(json.dumps(''), json.dumps([]), json.dumps({}), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps({'a': 1}, indent=-1), json.dumps("tab\there"), json.dumps(3.0), json.dumps(1/3))
