# Comprehensions: list, dict and set comprehensions over ranges.
total = 0
for k in range(200):
    l = [i * 2 for i in range(5000) if i % 3]
    d = {i: i * i for i in range(2000)}
    s = {i % 97 for i in range(5000)}
    total += len(l) + sum(d.values()) % 1000 + len(s)
print(total)
