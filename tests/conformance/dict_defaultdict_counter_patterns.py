from collections import defaultdict, Counter
words = "the cat and the hat and the bat".split()
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))
c = Counter(words)
print(c.most_common(2), c["the"], c["dog"], sum(c.values()), sorted(c.elements())[:4])
c.update(["the", "dog"])
print(c["the"], c["dog"], c - Counter(["the"] * 5))
