a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a * b, b // a, b % a, -a // 7, a ** 3, pow(a, 2, 10**9 + 7))
print(str(2 ** 200)[:20], len(str(3 ** 1000)), (10 ** 50) // (10 ** 48), abs(-a), a.bit_length(), int(str(a)) == a)
print(hash(a), hash(-b), a > b, max(a, b) == b, sum([a, b]) == a + b, divmod(-b, a))
