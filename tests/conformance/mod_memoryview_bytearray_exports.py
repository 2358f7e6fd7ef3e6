data = bytearray(b"abcdef")
view = memoryview(data)
sub = view[2:5]
sub[0] = ord("Z")
print(data, bytes(sub), sub.tolist(), len(sub), view[::2].tobytes())
try:
    data.append(1)
except BufferError as e:
    print("BufferError:", e)
view.release()
sub.release()
data.append(ord("!"))
print(data)
try:
    view[0]
except ValueError as e:
    print(e)
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print(e)
with memoryview(b"ctx") as m:
    print(m.hex(), m.readonly)
