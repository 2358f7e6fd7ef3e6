print("{} {} {}".format(1, "two", 3.0))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Bob", age=7))
print("{:>8}|{:<8}|{:^8}|{:08.3f}".format("r", "l", "c", 3.14159))
print("{0[0]} {0[1]} {1.real}".format([5, 6], 3))
print("{:,} {:b} {:e}".format(1234567, 10, 1234.5))
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print(e)
