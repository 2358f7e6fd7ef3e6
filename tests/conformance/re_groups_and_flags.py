import re
m = re.match(r"(\w+) (\w+)(?: (\w+))?", "hello big world")
print(m.groups(), m.group(1, 3), m.start(2), m.end(), m.lastindex)
print(re.findall(r"[aeiou]", "Programming", re.I), re.sub("(?i)python", "JS", "Python python PYTHON"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."), re.split("x*", "axbc"))
print(bool(re.search(r"^\d{3}-\d{4}$", "555-1234")), re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first>", "a b c d"))
