prices = {"apple": 1.0}
print(prices["apple"])
print(prices["banana"])
