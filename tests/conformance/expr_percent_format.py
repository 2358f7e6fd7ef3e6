print("%s is %d years and %.2f m" % ("Ann", 30, 1.675))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%e|%g|%%" % ("a", "b", 42, 7, 255, 255, 8, 12345.678, 0.0001))
print("%(name)s=%(val)r" % {"name": "k", "val": [1]})
print("%c%c" % (72, "i"), "%.3s" % "abcdef", "%*d" % (5, 3))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(e)
