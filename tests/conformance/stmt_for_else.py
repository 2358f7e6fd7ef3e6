for i in range(3):
    print(i)
else:
    print("else ran")
for i in range(10):
    if i == 2:
        print("breaking")
        break
else:
    print("not printed")
for ch in "abc":
    for d in (1, 2):
        if d == 2:
            continue
        print(ch, d)
