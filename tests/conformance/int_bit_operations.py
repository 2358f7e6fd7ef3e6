for n in (0, 1, 5, 255, 1024, -1, -8, 2**40):
    print(n, n.bit_length(), n & 0xF, n | 0x10, n ^ 0xFF, n << 3, n >> 2, ~n, bin(n))
print(0b1010 & 0b0110, 0o17, 0xff, 1_000_000, (-1) >> 10, 1 << 100)
