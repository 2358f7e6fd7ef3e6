s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8") == s, s.encode("latin-1", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print("abc".encode("utf-16"), b"\xff\xfe".decode("utf-8", "replace"), b"caf\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
