def compute(a, b):
    result = a + b * 2
    return result
print(compute(1, 2))
compute("text", 3)
