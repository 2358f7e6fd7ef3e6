rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print(f"{'name':<10}|{'price':>8}|{'qty':^5}")
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5d}")
print("{:-^26}".format(" end "), "%-10s|%8.2f" % ("total", sum(p * q for _, p, q in rows)))
