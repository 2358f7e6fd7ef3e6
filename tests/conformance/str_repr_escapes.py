for s in ["simple", "it's", 'say "hi"', "both ' and \"", "new\nline", "tab\t", "back\\slash", "\x00\x7f", "é ü", "\u2028", "😀", "\ud800"]:
    print(repr(s))
print(repr(b"bytes\n\xff'"), ascii("naïve ☃"))
