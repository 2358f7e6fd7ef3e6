for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -123.456):
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(12345, -2), round(-12355, -1), round(5), type(round(2.5)), type(round(2.5, 1)))
