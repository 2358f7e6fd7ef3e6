found = None
for i in range(2, 50):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        if i > 40:
            found = i
            break
print(found)
n = 10
while n:
    n -= 3
    if n < 0:
        print("negative", n)
        break
