import sys
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print("to stderr", file=sys.stderr)
print(1, 2, sep="")
print(*[1, 2, 3])
