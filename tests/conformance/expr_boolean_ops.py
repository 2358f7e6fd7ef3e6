print(0 or "default", "" and 1, None or [] or "last", 1 and 2 and 3)
print(not 0, not [1], not "")
x = []
print(x or "empty", bool(x), bool([0]))
