import os
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.dirname("/a/b/c"), os.path.basename("/a/b/c"))
print(os.path.split("/a/b"), os.path.isabs("/x"), os.path.normpath("a//b/../c"), os.sep, os.name)
print(os.path.exists("/definitely/not/here"), os.getcwd() == os.path.abspath("."))
