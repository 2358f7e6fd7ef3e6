print(b"%d %s %x" % (5, b"bytes", 255), b"abc".hex(" "), bytes(range(5)), bytearray(3), b"a" * 3 + b"b")
print(b"hello world".title() if hasattr(b"", "title") else b"", b"x,y".split(b","), list(b"AB"), b"\x00\xff"[1])
