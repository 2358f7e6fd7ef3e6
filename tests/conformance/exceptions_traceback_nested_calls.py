def parse_int(s):
    return int(s)
def parse_all(items):
    return [parse_int(x) for x in items]
def main():
    return parse_all(["1", "2", "three"])
main()
