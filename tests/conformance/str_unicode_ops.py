s = "naïve café ☃ 😀"
print(len(s), s.upper(), s[6:10], s[-1], s.encode("utf-8"), len(s.encode("utf-8")), s.find("☃"))
print([ord(c) for c in "é😀"], chr(128512), "😀" in s, s[::-1], sorted("bca😀é"))
print("Straße".lower(), "ǅ".title(), "İ".lower() == "i̇", "ﬁ".upper())
