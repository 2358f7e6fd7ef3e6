lines = ["# comment", "x=1", "", "y = 2", "# other", "z=3"]
def non_comment(ls):
    for l in ls:
        if l and not l.startswith("#"):
            yield l
def parse(ls):
    for l in ls:
        k, v = l.split("=")
        yield k.strip(), int(v)
print(dict(parse(non_comment(lines))))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)))
