def handler():
    try:
        {}["k"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    handler()
except KeyError as e:
    print("caught again", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
