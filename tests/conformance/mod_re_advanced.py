import re
text = "2023-01-15, 1999-12-31; invalid 2023-13-01"
pat = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
for m in pat.finditer(text):
    print(m.group("y"), m["m"], m.span(), m.lastgroup)
print(pat.sub(r"\g<d>/\g<m>/\g<y>", text))
print(re.split(r"(,|;)\s*", text), re.match(r"(a)(b)?", "a").groups(), re.search("^b", "a\nb", re.M).start())
print(re.sub(r"\s+", "-", "  a  b  ", count=1), re.subn("a", "b", "aaa"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.findall(r"\b\w", "hello big world"), re.compile("x", re.I).flags & re.I != 0)
