counter = 1
try:
    print(countr)
except NameError as e:
    print(e)
print(countr)
