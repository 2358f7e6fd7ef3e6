# sys.getsizeof for numbers: 30-bit int digits (0 has none), bool, float, complex.
import sys
for v in [0, 1, -1, 255, 2**30 - 1, 2**30, -2**30, 2**60 - 1, 2**60, 2**90, 2**100, -2**100, 10**100, 2**1000]:
    print(v if abs(v) < 2**64 else f'2**{v.bit_length()}', sys.getsizeof(v), v.__sizeof__())
print(sys.getsizeof(True), sys.getsizeof(False), True.__sizeof__())
print(sys.getsizeof(0.0), sys.getsizeof(1e300), (1.5).__sizeof__())
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))
print(sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
print(int.__basicsize__, int.__itemsize__, float.__basicsize__, bool.__basicsize__)
