print("Hello".center(11, "-"), "42".rjust(5, "0"), "tab\tsep".expandtabs(), "a\tb".split("\t"))
print("Python".startswith("Py", 0, 2), "Python".endswith("on", 4), "x".isidentifier(), "1x".isidentifier())
print("%s=%s" % ("k", "v"), "{0:>{1}}".format("r", 4), "{!r:^9}".format("x"), "%5.1f%%" % 99.5)
print("title case words".title(), "UPPER".casefold(), "  a b  ".split(" "), "ab".partition("x"))
