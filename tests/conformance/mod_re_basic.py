import re
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", " ", "a   b \t c"), re.split(r"[,;]", "a,b;c"))
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com now")
print(m.group(0), m.group(1), m.groups(), m.span(), m.start(2))
print(re.match(r"ab", "abc") is not None, re.match(r"b", "abc"), re.fullmatch(r"\d+", "123") is not None)
pat = re.compile(r"(?P<key>\w+)=(?P<val>\w+)")
print([m.groupdict() for m in pat.finditer("a=1 b=2")], pat.pattern)
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "x1y2"))
print(re.findall(r"(a)(b)?", "ab a"), re.escape("a.b*c"), re.IGNORECASE, re.findall("A", "aA", re.I))
