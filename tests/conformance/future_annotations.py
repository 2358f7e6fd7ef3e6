from __future__ import annotations
def f(a: 1+2, b: -(1), c: "x" "y", d: (1,2)[0], e: f"{a!r:>{w}}" , g: 1e400, h: 2j, i: b"\x00'", k: "it's", l: u"u", m: ..., o: {**a, 1: 2}, p: x if y else z, q: [i for i in j if i], s: not a < b, t: -x**-y, u: (a, b), v: a[1:2, ::3], w: 1 .real, y: (lambda *, k=1: k), z: f"{{x}}{ {1} }", aa: (i for i in x), bb: f(*a, k=1, **b), cc: (a or b) and c, dd: a if (b if c else d) else e, ee: (-1) ** 2, ff: 2 ** -1, gg: {1, 2}, hh: (), ii: (1,), jj: lambda: 0, kk: a @ b, ll: -1e400j, mm: (1, 'a'), nn: {x: y for x, y in z}, oo: 'a\n\'"') -> None: pass
x: 1+2 = 3
for k, v in f.__annotations__.items(): print(k, repr(v))
print(__annotations__)


class C:
    x: int
    y: C | None = None

    def m(self, other: C) -> list[C]:
        return [self, other]


print(C.__annotations__, C.m.__annotations__)


def outer():
    hidden = 1

    def inner(a: hidden) -> hidden:
        pass
    return inner


# Names in string annotations bind nothing: no cell for `hidden`.
print(outer.__code__.co_cellvars, outer().__annotations__, outer().__code__.co_freevars)
print(hex(outer.__code__.co_flags), hex(C.m.__code__.co_flags))

# exec() and compile() inherit the module's future features unless dont_inherit is true.
ns = {}
exec("def g(a: q) -> r: pass", ns)
print(ns["g"].__annotations__)
print(hex(compile("x: int", "s", "exec").co_flags), compile("x: int", "s", "exec", dont_inherit=True).co_flags)
print(eval("(lambda: 1).__code__.co_flags") & 0x1000000)

import __future__
print(__future__.annotations, __future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print([(n, getattr(__future__, n).compiler_flag) for n in __future__.all_feature_names])

for src in [
    "from __future__ import braces",
    "import os\nfrom __future__ import annotations",
    "from __future__ import nope",
    "from __future__ import annotations\ndef f(x: (yield)): pass",
    "from __future__ import annotations\nx: (y := 1) = 2",
    "from __future__ import annotations\ndef f() -> (yield from x): pass",
    "x = 1\nbreak",
    '"""doc"""\nfrom __future__ import annotations, division\nfrom __future__ import generator_stop\nx: 1 + 2',
]:
    try:
        code = compile(src, "<test>", "exec", dont_inherit=True)
        print("compiled", hex(code.co_flags))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
