"""The Python half of %dis and %%dis (engine/magics/dis.ts): the listing as dis.dis prints it,
and an HTML view that puts each source line beside its instructions and marks jump targets."""

import dis
import io
from _traceback import getline


def escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

_STYLE = """<style>
.glasspy-dis table { border-collapse: collapse; font-family: monospace; font-size: 12px; margin-bottom: 1em; }
.glasspy-dis caption { text-align: left; font-weight: bold; padding: 4px 0; }
.glasspy-dis td { padding: 1px 8px; vertical-align: top; white-space: pre; }
.glasspy-dis tr.first td { border-top: 1px solid #ccc; }
.glasspy-dis td.src { background: #f6f8fa; color: #24292f; }
.glasspy-dis td.lineno, .glasspy-dis td.off { color: #6e7781; text-align: right; }
.glasspy-dis td.op { color: #0550ae; font-weight: bold; }
.glasspy-dis tr.target td.off { color: #cf222e; font-weight: bold; }
.glasspy-dis td.mark { color: #cf222e; }
.glasspy-dis a { color: #8250df; }
</style>"""


def listing(x, show_caches=False, adaptive=False, depth=None):
    """dis.dis's text for x (an object or source), as a string."""
    buf = io.StringIO()
    dis.dis(x, file=buf, show_caches=show_caches, adaptive=adaptive, depth=depth)
    return buf.getvalue()


def code_objects(x, depth=None):
    """The code objects dis.dis(x) shows, in its order: (title, code) pairs."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if isinstance(x, str):
        x = compile(x, '<dis>', 'exec')
    if isinstance(x, type) or hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        out = []
        for name, value in sorted(vars(x).items()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if hasattr(value, '__code__') or isinstance(value, type):
                out.extend(code_objects(value, depth))
        return out
    if not hasattr(x, 'co_code'):
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    out = []

    def walk(code, level):
        out.append(code)
        if depth is None or level < depth:
            for const in code.co_consts:
                if hasattr(const, 'co_code'):
                    walk(const, level + 1)
    walk(x, 0)
    return out


def html(x, show_caches=False, adaptive=False, depth=None):
    parts = ['<div class="glasspy-dis">', _STYLE]
    for code in code_objects(x, depth):
        parts.append(_code_table(code, show_caches, adaptive))
    parts.append('</div>')
    return '\n'.join(parts)


def _code_table(code, show_caches, adaptive):
    anchor = 'dis-%x' % id(code)
    rows = []
    instructions = list(dis.get_instructions(code, show_caches=show_caches, adaptive=adaptive))
    groups = []
    for ins in instructions:
        if ins.starts_line is not None or not groups:
            groups.append((ins.starts_line, []))
        groups[-1][1].append(ins)
    for lineno, group in groups:
        source = getline(code.co_filename, lineno).rstrip('\n') if lineno else ''
        for i, ins in enumerate(group):
            cells = []
            if i == 0:
                span = ' rowspan="%d"' % len(group) if len(group) > 1 else ''
                cells.append('<td class="lineno"%s>%s</td>' % (span, lineno if lineno is not None else ''))
                cells.append('<td class="src"%s>%s</td>' % (span, escape(source)))
            target = ins.is_jump_target
            cells.append('<td class="mark">%s</td>' % ('&gt;&gt;' if target else ''))
            cells.append('<td class="off" id="%s-%d">%d</td>' % (anchor, ins.offset, ins.offset))
            cells.append('<td class="op">%s</td>' % escape(ins.opname))
            cells.append('<td class="arg">%s</td>' % ('' if ins.arg is None else ins.arg))
            cells.append('<td class="argrepr">%s</td>' % _argrepr(ins, anchor))
            classes = ' '.join(c for c in ('first' if i == 0 else '', 'target' if target else '') if c)
            rows.append('<tr%s>%s</tr>' % (' class="%s"' % classes if classes else '', ''.join(cells)))
    caption = escape('%s — %s, line %d' % (code.co_qualname, code.co_filename, code.co_firstlineno))
    return '<table><caption>%s</caption>\n%s\n</table>' % (caption, '\n'.join(rows))


def _argrepr(ins, anchor):
    if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
        return '<a href="#%s-%d">%s</a>' % (anchor, ins.argval, escape(ins.argrepr))
    return escape(ins.argrepr) if ins.argrepr else ''
