print("".split(), " ".split(" "), "a  b".split(" "), "a,b,,c".split(","), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("x".join([]), "-".join("abc"), "\n".join(["l1", "l2"]), "aXbXc".split("X", -1), "abc".split("abc"))
print("  lead".lstrip(), "trail  ".rstrip(), "xyzzy".strip("xy"), "mississippi".count("ss"), "aaa".replace("a", "b", 2))
