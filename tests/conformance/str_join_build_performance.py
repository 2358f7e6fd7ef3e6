parts = []
for i in range(100):
    parts.append(str(i * i))
s = ",".join(parts)
print(len(s), s[:40], s.count(","), s.split(",")[-1])
acc = ""
for ch in "abcdef":
    acc = ch + acc
print(acc, acc[::-1], "".join(reversed(acc)), "-".join(sorted(acc)))
