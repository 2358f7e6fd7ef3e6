"""Cells whose tracebacks glasspy must print as ipykernel does (see record_tracebacks.py)."""
CELLS = [
    'def f(x):\n    return 1 / x\nf(0)',
    'import os  # comment\ndef f(x, *args):\n    """doc"""\n    y = [1, 2.5, True, None, self_ if (x and not x) else len("a b\\n")]  # c\n'
    '    return 1 / x + f"v{x!r}" @ 3\nf(0)',
    "from collections import OrderedDict as OD\nimport math, os.path\n@staticmethod\ndef g(a, b=2, **kw):\n    return {'k': a}[b]\ng(1)",
    "class Foo(object):\n    def __init__(self):\n        self.v = int('x' + \"%s\" % 3)\nFoo()",
    "x = [1,\n     2]\nprint(undefined_name, 'a\\tb', r'\\d', b'\\x00')",
    "def outer():\n    def inner(n):\n        if n <= 0:\n            raise ValueError(f'bad {n:>3} {{}}')\n"
    "        return inner(n - 1)\n    return inner(2)\nouter()",
    "lambda_ = lambda q: q.missing_attr\nlambda_(3)",
    "raise ValueError('bad')",
    "def g(: pass",
    "import sys; sys.exit(3)",
]
