d = {"x": 1, "y": 2}
for k in d:
    print(k, d[k])
for i, (k, v) in enumerate(sorted(d.items(), reverse=True)):
    print(i, k, v)
for k, v in zip(d, d.values()):
    print(k, v)
total = 0
for n in range(1, 101):
    total += n
print(total)
