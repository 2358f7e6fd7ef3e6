s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize(), "ß".upper())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.startswith("He"), s.endswith(("x", "ld")))
print(s.replace("l", "L"), s.replace("l", "", 1), "a-b-c".split("-"), "a b  c".split(), "a,b,c".rsplit(",", 1))
print("  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip(), "abc".center(9, "*"), "7".zfill(3))
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4), "abc".ljust(5) + "|", "abc".rjust(5))
print("x".join("abc"), "key=val".partition("="), "a.b.c".rpartition("."), "prefix_x".removeprefix("prefix_"))
print("123".isdigit(), "abc".isalpha(), "a1".isalnum(), "   ".isspace(), "Title Case".istitle(), "ABC".isupper())
print("x" * 3, "ab" + "cd", "b" in "abc", len("héllo"), "héllo"[1], "abc"[::-1], "abc" < "abd")
try:
    s.index("z")
except ValueError as e:
    print(e)
print("hello".translate(str.maketrans("el", "ip")), "hello".encode(), "caf\u00e9".encode("utf-8"), repr("tab\there"))
