print(repr([1, "a", None, 2.5, (3,)]), ascii(["é"]), format(1234.5678, ",.2f"), format(255, "#x"), format("s", "^5"))
print(repr({"k": [1, {2}]}), str(1e100), repr(-0.0), repr(1.5e-7))
