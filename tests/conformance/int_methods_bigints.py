big = 2 ** 100
print(big, big.bit_length(), (-big) // 7, big % 97, -big % 97, big >> 90, 1 << 70)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_count(), (-5).bit_length())
print(int("1010", 2), int("0x1f", 0), int("z", 36), int(3.99), int(-3.99), int("1_000"))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-11, 3), 10 ** 20 // 3, 3 ** 40)
print(123456789 * 987654321, (2 ** 64 - 1) & 0xFFFF, ~5, -(-3), 5 ^ 3, 6 | 1, True + True)
print(hash(2**61), hash(-1), hash(10**30), (5).as_integer_ratio(), (17).conjugate(), abs(-2**70))
for bad in ("12a", "", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
