s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.rfind("bra"), s.find("zz"), s.index("cad"), s.rindex("a"), s.count("a"), s.count("a", 5))
print(s.find(""), s.find("", 20), "".find(""), s.count(""), s.startswith(("x", "ab")), s.endswith("ra", 0, 4))
