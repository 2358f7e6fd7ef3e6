z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z / 2, (1 + 2j) ** 2, complex(1, -1), complex("2+3j"))
print(1j ** 2, -1j, 0j, (1 + 0j) == 1, type(2j).__name__)
