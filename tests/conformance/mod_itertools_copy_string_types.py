import itertools, copy, string, types, contextlib
print(list(itertools.islice(itertools.count(5), 3)), list(itertools.chain([1], (2, 3))), list(itertools.permutations("abc", 2))[:4])
print(list(itertools.product([0, 1], repeat=2)), list(itertools.combinations(range(4), 2)), [(k, list(g)) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.accumulate([1, 2, 3])), list(itertools.zip_longest("ab", "x", fillvalue="-")), repr(itertools.count(3)))
a = [[1, 2], {"k": [3]}]
b = copy.deepcopy(a); c = copy.copy(a)
print(b == a, b[0] is a[0], c[0] is a[0])
print(string.ascii_lowercase, string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"), string.capwords("hello world"))
print(types.SimpleNamespace(a=1, b="x"), type(lambda: 0) is types.FunctionType)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield name
    print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
