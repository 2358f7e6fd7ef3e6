def a():
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
a()
