# sys.getsizeof for str (compact ASCII / latin-1 / UCS-2 / UCS-4 forms), bytes, bytearray.
import sys
for s in ['', 'a', 'ab', 'hello world', 'x' * 100, '\xe9', 'caf\xe9', '\xff' * 10, '\u20ac', 'a\u20ac' * 5,
          '\U0001f600', 'a\U0001f600b', '\u4e2d\u6587', 'x' * 1000]:
    print(len(s), sys.getsizeof(s), s.__sizeof__())
print(sys.getsizeof('abc' + 'def'), sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof('A'.lower()))
for b in [b'', b'a', b'abc', bytes(10), bytes(1000)]:
    print('bytes', len(b), sys.getsizeof(b), b.__sizeof__())
for n in [0, 1, 3, 10, 100]:
    print('bytearray', n, sys.getsizeof(bytearray(n)), sys.getsizeof(bytearray(b'x' * n)))
print(sys.getsizeof(bytearray()), bytearray().__sizeof__())
print(str.__basicsize__, bytes.__basicsize__, bytes.__itemsize__, bytearray.__basicsize__)
