# Dict and string work: word counting, string building, joins and splits.
text = " ".join("w%d" % (i % 500) for i in range(20000))
counts = {}
for _ in range(40):
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
parts = []
for k in sorted(counts):
    parts.append(k.upper() + "=" + str(counts[k]))
s = ",".join(parts)
print(len(counts), len(s), s[:30])
