def grade(s):
    return "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
x = 5
print("even" if x % 2 == 0 else "odd", (x > 3) and "big" or "small", x if x else "zero")
