# Requests far beyond any machine's memory raise MemoryError; the program and its state survive.
data = [1, 2, 3]
for expr in ['[0] * 10**10', "'x' * 10**11", "b'x' * 10**11", 'bytes(10**11)', 'bytearray(10**11)',
             '(1, 2) * 10**10', 'list(range(10**11))']:
    try:
        eval(expr)
        print(expr, 'allocated?!')
    except MemoryError as e:
        print(expr, '-> MemoryError', repr(e.args))
l = [0]
try:
    l *= 10**10
except MemoryError:
    print('in-place repeat -> MemoryError, list still', l)
print(data, sum(data))
big = [0] * 10**6
print(len(big))
