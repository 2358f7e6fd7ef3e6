import os
path = "/tmp/glasspy_conf_dir"
if not os.path.isdir(path):
    os.makedirs(path)
fname = os.path.join(path, "f.txt")
with open(fname, "w") as f:
    f.write("x")
print(sorted(os.listdir(path)), os.path.getsize(fname), os.path.isfile(fname), os.stat(fname).st_size)
os.remove(fname)
os.rmdir(path)
print(os.path.exists(path), type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ)
