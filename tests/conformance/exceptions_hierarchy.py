for exc in (ZeroDivisionError, KeyError, FileNotFoundError, RecursionError, UnicodeDecodeError, StopIteration):
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
try:
    raise OSError(2, "No such file", "x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
e = ValueError("a", 1)
print(e.args, str(e), repr(e), repr(KeyError("k")), str(KeyError("k")))
