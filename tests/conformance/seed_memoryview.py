arr = bytearray(b'Hello world!')
mv = memoryview(arr)
print(mv[0])
mv[0] = 74
print(arr)
part = mv[6:11]
print(bytes(part), part.nbytes, mv.readonly, mv.format, mv.itemsize)
part[0] = ord("W")
print(arr, mv.tobytes(), mv[:5].tolist())
