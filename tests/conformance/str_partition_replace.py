print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "x".replace("x", ""))
print("hello"[1:3], "hello"[-3:], "hello"[::2], "hello"[10:], "hello"[-10:2])
