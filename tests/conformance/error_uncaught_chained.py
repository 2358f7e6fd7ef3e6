def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"cannot parse {s!r}")
parse("abc")
