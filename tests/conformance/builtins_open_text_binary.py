import os
path = "/tmp/glasspy_conformance_file.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.writable(), f.readable(), f.mode, f.name == path)
    f.writelines(["second\n", "third\n"])
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "a") as f:
    f.write("fourth\n")
with open(path) as f:
    print([line.strip() for line in f])
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:5])
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
