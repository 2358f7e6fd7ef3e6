items = [10, 20, 30]
idx = 5
print(items[idx - 2 + 4])
