#!/usr/bin/env python3
"""Record what IPython prints for deterministic magic calls.

Runs each cell of CELLS in a fresh IPython InteractiveShell (history in memory, so no
earlier sessions leak in) and stores the cell with its stdout and stderr in
tests/magics/expected/ipython_magics.json; tests/magics/golden.test.ts runs the same
cells in a glasspy Session and compares.  Cells avoid anything that differs between
runs (addresses, timings) and end with a statement, not an expression, so the plain
shell's `Out[N]:` printing does not mix into stdout.

    python3 tests/tools/record_magics.py
"""

import contextlib
import io
import json
import os
import sys

from traitlets.config import Config
from IPython.core.interactiveshell import InteractiveShell

CELLS = [
    "a = 1\nb = 'hi'\nc = [1, 2, 3]\nd = {'k': (1, 2)}\ns = 'x' * 100\nt = (1,)\nm = 'line1\\nline2'\nx = 2.5",
    "%who",
    "%who int",
    "%who float str",
    "%who complex",
    "w = %who_ls\nprint(w)",
    "w = %who_ls int str\nprint(w)",
    "%whos",
    "%whos list dict",
    "%whos complex",
    "%xdel a",
    "%xdel nosuch",
    "%xdel __builtins__",
    "y = c\n%xdel c\nprint('y' in globals(), 'c' in globals())",
    "b2 = b\n%xdel -n b\nprint('b2' in globals(), 'b' in globals())",
    "%who",
    "%history -n 1-3",
    "%history 2 4",
    "%history -n 5-6 3",
    "%history -p -n 14",
    "%history -x",
    "%timeit -x",
    "%timeit -n",
    "%timeit -n1 -r1 -q pass",
    "%timeit",
    "%prun -x",
    "%reset -x",
    "%reset --bogus",
    "%xdel",
    "%foo",
    "%%foo\nx",
    "%%capture cap\nprint('to out')\nimport sys\nprint('to err', file=sys.stderr)",
    "print(repr(cap.stdout), repr(cap.stderr), len(cap.outputs), str(cap) == cap.stdout)",
    "cap.show()",
    "%%capture cap2 --no-stdout\nprint('visible')\nprint('hidden', file=sys.stderr)",
    "print(repr(cap2.stdout), repr(cap2.stderr))",
    "%%capture cap3 --no-stderr\nprint('hidden')\nprint('visible', file=sys.stderr)",
    "print(repr(cap3.stdout), repr(cap3.stderr))",
    "%%capture cap\nprint('again');",
    "print('cap' in globals())",
    "%%capture --bogus\nprint(1)",
    "%%capture a b\nprint(1)",
    "%reset",
    "%reset in",
    "%history -l 3",
    "%history -g xdel",
    "%history -g who -n",
    "%history -n -g who_ls int",
    "%reset -f bogus",
    "%reset -f dhist",
    "%reset -f out",
    "%reset -f",
    "%who",
    "q = 1\n%reset -f --aggressive\n%who",
    "%whos",
    "zz = 5\n%reset -fs\n%who",
    "%reset -f in",
    "%history -n",
    "print(repr(_i), repr(_ii), '_i3' in globals())",
]


def record():
    cfg = Config()
    cfg.HistoryManager.hist_file = ":memory:"
    cfg.InteractiveShell.colors = "NoColor"
    shell = InteractiveShell.instance(config=cfg)
    # %reset without -f asks; with stdin at EOF the answer is the default, no.
    sys.stdin = io.StringIO("")
    out = []
    for cell in CELLS:
        o, e = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(o), contextlib.redirect_stderr(e):
            shell.run_cell(cell, store_history=True)
        out.append({"cell": cell, "stdout": o.getvalue(), "stderr": e.getvalue()})
    return out


# (arg_str, opt_str, long_opts, keyword arguments) for Magics.parse_options.
PARSE_OPTIONS = [
    ("-n 10 -r3 x + 1", "n:r:tcp:qo", [], dict(posix=False, strict=False, preserve_non_opts=True)),
    ("-n10 -q 'a b'  c", "n:r:tcp:qo", [], dict(posix=False, strict=False, preserve_non_opts=True)),
    ("-qo -n 1000 [x for x in range(10)]", "n:r:tcp:qo", [], dict(posix=False, strict=False, preserve_non_opts=True)),
    ("-o -- -n 3", "n:r:tcp:qo", [], dict(posix=False, strict=False, preserve_non_opts=True)),
    ("x = -1", "n:r:tcp:qo", [], dict(posix=False, strict=False, preserve_non_opts=True)),
    ("-n 3 s = 'unclosed", "n:r:tcp:qo", [], dict(posix=False, strict=False, preserve_non_opts=True)),
    ("-s time -s calls -l 5 -l 0.5 -l f f(x)", "D:l:rs:T:q", [], dict(list_all=True, posix=False)),
    ("-q -r -D out.prof sum(range(10))", "D:l:rs:T:q", [], dict(list_all=True, posix=False)),
    ("-f --aggressive in out", "sf", ["aggressive"], dict(mode="list")),
    ("--agg", "sf", ["aggressive"], dict(mode="list")),
    ("--aggressive=1", "sf", ["aggressive"], {}),
    ("-a \"quoted arg\" 'single' back\\slash \"esc\\\"q\" ''", "ab", [], {}),
    ("-a \"quoted arg\" 'single' back\\slash", "ab", [], dict(posix=False)),
    ("--na=3 --verbose rest", "", ["name=", "verbose"], {}),
    ("--name x --verbose", "", ["name=", "verbose"], {}),
    ("--n", "", ["name=", "nope"], {}),
    ("--verbose=2", "", ["verbose"], {}),
    ("--name", "", ["name="], {}),
    ("-x", "ab", [], {}),
    ("-n", "n:", [], {}),
    ("-nn 5", "n:", [], {}),
    ("-ab -a", "ab", [], {}),
    ("-ab -a", "ab", [], dict(list_all=True)),
    ("", "n:", [], {}),
    ("   ", "n:", [], {}),
    ("plain words  here", "n:", [], {}),
    ("- -n 3", "n:", [], {}),
    ("-n 3 a -n 4", "n:", [], {}),
    ("-n 3 a -n 4", "n:", [], dict(mode="list")),
    ("a 'unclosed", "", [], {}),
]


def record_parse_options():
    from IPython.core.magic import Magics, magics_class

    @magics_class
    class Probe(Magics):
        pass

    m = Probe(shell=InteractiveShell.instance())
    out = []
    for arg_str, opt_str, long_opts, kw in PARSE_OPTIONS:
        entry = {"arg_str": arg_str, "opt_str": opt_str, "long_opts": long_opts, "kw": kw}
        try:
            opts, args = m.parse_options(arg_str, opt_str, *long_opts, **kw)
            entry["opts"] = dict(opts)
            entry["args"] = args
        except Exception as e:
            entry["error"] = "%s: %s" % (type(e).__name__, e)
        out.append(entry)
    return out


SVG_INPUTS = [
    "<svg xmlns='http://www.w3.org/2000/svg' width='4'><rect width='2'/></svg>",
    "<?xml version='1.0'?>\n<!-- c -->\n<svg xmlns='http://www.w3.org/2000/svg' width='4'><rect width='2' title='a&amp;b \"q\" &lt;'/>\n  <text x=\"1\">hi &amp; &gt; there</text><![CDATA[ x < y ]]></svg>\n",
    "<svg width='4' xmlns:xlink='http://www.w3.org/1999/xlink' id='a' xmlns='http://www.w3.org/2000/svg'><g><svg id='inner'/></g></svg>",
    '<html><body><svg a="1\tb\nc" b="&#10;x">t\r\nu</svg></body></html>',
    "<svg>a<!--c-->b<?pi some data?>&#x41;&#66;</svg>",
    "<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'>\n<svg  version = '1.1' ><g\n/></svg>",
    "<svg><text>it's \"quoted\" &apos;x&apos;</text></svg>",
]


def record_svg():
    from IPython.display import SVG
    return [{"input": s, "data": SVG(s).data} for s in SVG_INPUTS]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dest = os.path.join(here, "..", "magics", "expected", "ipython_magics.json")
    import IPython
    data = {"ipython": IPython.__version__, "python": sys.version.split()[0], "cells": record(),
            "parse_options": record_parse_options(), "svg": record_svg()}
    with open(dest, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote", os.path.relpath(dest), len(data["cells"]), "cells")


if __name__ == "__main__":
    main()
