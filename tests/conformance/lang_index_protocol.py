# __index__: objects usable wherever Python needs an exact integer.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print(f'__index__ -> {self.v!r}')
        return self.v
    def __repr__(self):
        return f'Idx({self.v})'

data = list(range(10))
print(data[Idx(3)], data[Idx(-1)])
print(data[Idx(2):Idx(8):Idx(2)])
print('abcdef'[Idx(1)], (1, 2, 3)[Idx(0)], b'xyz'[Idx(2)], range(100)[Idx(50)])
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print([0] * Idx(3), 'ab' * Idx(2), Idx(2) * (1,))
print(operator_index := __import__('operator').index(Idx(7)))
print(int(Idx(9)) if hasattr(Idx, '__int__') else 'no __int__', complex(Idx(2)) if False else '')
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(3))))
print(slice(Idx(1), Idx(5)).indices(10))
print(round(3.14159, Idx(2)), pow(2, 5), divmod(17, 5))
print('{:{}}|'.format('x', 4), format(255, 'x'))
lst = [0, 1, 2, 3]
lst[Idx(1)] = 'one'
del lst[Idx(0)]
print(lst)
ba = bytearray(b'hello')
ba[Idx(0)] = 74
print(ba, bytes([Idx(65), 66]))
print(int.from_bytes(b'\x01\x00', 'big'), (5).to_bytes(Idx(2), 'big'))
import math
print(math.factorial(Idx(5)), math.comb(Idx(5), 2))

def try_it(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

try_it('float index', lambda: data[1.0])
try_it('str index', lambda: data['1'])
try_it('__index__ returns float', lambda: data[Idx(1.5)])
try_it('__index__ returns str', lambda: bin(Idx('3')))
try_it('bool subclass result', lambda: data[Idx(True)])
try_it('too big', lambda: data[Idx(2 ** 100)])
try_it('repeat by float', lambda: [1] * 2.0)
try_it('range float', lambda: range(1.5))
try_it('hex float', lambda: hex(1.5))
try_it('slice of float', lambda: data[1.5:])
class IntSub(int):
    pass
class ReturnsSub:
    def __index__(self):
        return IntSub(4)
try_it('index returns int subclass', lambda: data[ReturnsSub()])
print(True.__index__(), (-5).__index__(), type(IntSub(3).__index__()).__name__)
print(data[Idx('oops')])
