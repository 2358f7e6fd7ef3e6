for s in ["42", "-42", "+7", "abc", ""]:
    print(repr(s.zfill(5)), repr(s.center(7)), repr(s.ljust(4, ".")), repr(s.rjust(6, "*")))
print("abc".center(6), "abc".center(8, "-"), "ab".center(5))
