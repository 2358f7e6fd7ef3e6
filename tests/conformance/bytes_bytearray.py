b = b"hello world"
print(b[0], b[:5], b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), len(b), b + b"!", b * 2)
print(b.decode(), bytes([65, 66, 67]), bytes(3), b"%s" % b"x" if False else b"-".join([b"a", b"b"]), b.hex(), bytes.fromhex("ff00"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"xy")
print(ba, len(ba), ba.pop(), bytes(ba), list(ba))
print(b"abc" == b"abc", b"a" < b"b", b"abc".startswith(b"ab"), b"  x ".strip(), b"a,b".split(b","))
try:
    bytes([256])
except ValueError as e:
    print(e)
