n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("finished without break")
while True:
    n -= 1
    if n < 2:
        break
print("after", n)
