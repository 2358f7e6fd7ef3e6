def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([3, 9, 1])
print(lo, hi)
def stats(*nums):
    return len(nums), sum(nums), sum(nums) / len(nums)
n, total, avg = stats(1, 2, 3, 4)
print(n, total, avg)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
