tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: None.attr,
    lambda: undefined_name,
    lambda: int("x"),
    lambda: len(5),
    lambda: 1 / 0,
    lambda: [].pop(),
    lambda: (1, 2).append(3),
    lambda: "abc"[10],
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {}.popitem(),
    lambda: {[1]: 2},
    lambda: float("nope"),
    lambda: 5 < "a",
    lambda: object().x,
    lambda: "x" * "y",
    lambda: abs("a"),
    lambda: -"a",
    lambda: divmod(1, 0),
    lambda: 2 ** "a",
    lambda: [1, 2, 3][1:2:0],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
