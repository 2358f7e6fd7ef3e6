"""Show where glasspy's code objects differ from CPython's for one corpus file.
Usage: python3 tests/bytecode/diff.py NAME [QUALNAME]   (after `npm run build`)
Prints both instruction listings (with line/column positions) for each differing object."""
import dis, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def positions(code_hex, linetable_hex, firstlineno):
    """Decode a 3.11 location table into per-code-unit (line, endline, col, endcol)."""
    tbl = bytes.fromhex(linetable_hex)
    out, i, line = [], 0, firstlineno

    def varint():
        nonlocal i
        b = tbl[i]; i += 1
        v = b & 63; s = 6
        while b & 64:
            b = tbl[i]; i += 1
            v |= (b & 63) << s; s += 6
        return v

    def svarint():
        v = varint()
        return -(v >> 1) if v & 1 else v >> 1

    while i < len(tbl):
        b = tbl[i]; i += 1
        code, n = (b >> 3) & 15, (b & 7) + 1
        if code == 15:
            p = (None, None, None, None)
        elif code == 14:
            line += svarint(); el = line + varint(); c = varint() - 1; ec = varint() - 1
            p = (line, el, c, ec)
        elif code == 13:
            line += svarint(); p = (line, line, None, None)
        elif code in (10, 11, 12):
            line += code - 10; c = tbl[i]; ec = tbl[i + 1]; i += 2
            p = (line, line, c, ec)
        else:
            s = tbl[i]; i += 1
            c = code * 8 + (s >> 4); p = (line, line, c, c + (s & 15))
        out.extend([p] * n)
    return out


def listing(f):
    code = bytes.fromhex(f['co_code'])
    pos = positions(f['co_code'], f['co_linetable'], f['co_firstlineno'])
    lines = []
    for k in range(0, len(code), 2):
        op, arg = code[k], code[k + 1]
        if op == 0:
            continue
        name = dis.opname[op]
        extra = ''
        if op == dis.opmap['LOAD_CONST'] and arg < len(f['co_consts']):
            extra = f['co_consts'][arg]
        p = pos[k // 2] if k // 2 < len(pos) else None
        lines.append('%4d %-28s %3d %-14s %s' % (k, name, arg, extra[:14], p))
    return lines


def main():
    name = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    want = json.load(open(os.path.join(HERE, 'expected', name + '.json')))
    got = json.loads(subprocess.check_output(['node', os.path.join(HERE, 'dump.mjs'), os.path.join(HERE, 'corpus', name + '.py')]))
    for q, w in want.items():
        if only and q != only:
            continue
        g = got.get(q)
        if g is None:
            print('== %s: missing' % q); continue
        fields = [k for k in w if w[k] != g.get(k)]
        if not fields:
            continue
        print('== %s: %s' % (q, ' '.join(fields)))
        for k in fields:
            if k not in ('co_code', 'co_linetable'):
                print('   %s: cpython %r\n   %s  glasspy %r' % (k, w[k], ' ' * len(k), g[k]))
        a, b = listing(w), listing(g)
        width = max([len(x) for x in a] + [10])
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else ''
            y = b[i] if i < len(b) else ''
            print('%s %s %s' % (x.ljust(width), '  ' if x == y else '|', y))


main()
