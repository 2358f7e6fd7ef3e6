words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(sorted(set(words), key=len)).upper().replace("O", "0"))
print(sum(len(w) for w in words), max(words, key=len), sorted(words)[-1], words.index("fox"))
counts = {}
for w in words:
    counts.setdefault(w[0], []).append(w)
print(sorted(counts.items()))
