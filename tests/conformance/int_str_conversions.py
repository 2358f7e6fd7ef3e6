for n in (0, 7, -7, 255, 10**18, -(2**64)):
    print(n, str(n), hex(n), oct(n), bin(n), f"{n:,}", f"{n:_x}")
print(int("-0b101", 0), int(" +17 "), int("1" * 30), int(True), int(-2.9))
