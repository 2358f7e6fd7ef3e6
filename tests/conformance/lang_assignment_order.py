# Chained assignment, augmented assignment on attributes and subscripts: evaluation order.
class Trace:
    def __init__(self, name):
        object.__setattr__(self, 'name', name)
        object.__setattr__(self, 'data', {})
    def __getitem__(self, key):
        print(f'{self.name}.__getitem__({key!r})')
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print(f'{self.name}.__setitem__({key!r}, {value!r})')
        self.data[key] = value
    def __getattr__(self, name):
        print(f'{self.name}.__getattr__({name!r})')
        return 100
    def __setattr__(self, name, value):
        print(f'{self.name}.__setattr__({name!r}, {value!r})')
        object.__setattr__(self, name, value)

def key(k):
    print('key', k)
    return k

def val(v):
    print('value', v)
    return v

t = Trace('t')
t[key('a')] = val(1)
t[key('a')] += val(5)
t.count += val(2)
t.count *= 3
print(t.data, t.count)

a = b = c = val([])
a.append(1)
print(a, b, c, a is b is c)

u, v = Trace('u'), Trace('v')
u[key('x')] = v[key('y')] = val('shared')
t.first = t.second = val('both')
x, t[key('k')], t.attr = val((1, 2, 3))
print(x, t.data['k'], t.attr)

lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'what index?'
print(i, lst)

def f():
    print('f called')
    return lst
f()[0] += 10 if isinstance(lst[0], int) else 0
f()[2] += 5
print(lst)
m = [[0] * 2 for _ in range(2)]
m[key(0)][key(1)] += val(7)
print(m)
s = 'abc'
s += 'def'
s *= 2
n = 10
n //= 3
n **= 3
n <<= 2
n %= 7
n ^= 0b101
n |= 8
n &= 0b1110
n >>= 1
n -= 1
n /= 2
print(s, n)
fl = 7.5
fl //= 2
fl %= 2.5
print(fl)
tup = (1, [2])
try:
    tup[1] += [3]
except TypeError as e:
    print('TypeError:', e)
print(tup)
class NoSet:
    def __getitem__(self, k):
        return [k]
ns = NoSet()
ns[key('q')] += [1]
