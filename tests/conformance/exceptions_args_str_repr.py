for e in [Exception(), Exception("one"), Exception("a", "b"), ValueError(42), KeyError("key"), KeyError(), OSError(13, "denied")]:
    print(repr(e), "|", str(e), "|", e.args)
