"""Every magic of %lsmagic through the real jupyter_client, checked by content.

One glasspy kernel (installed into a temporary kernelspec by tests/kernel/jupyter.test.ts)
runs each magic; the test reads what a notebook receives on iopub (the mime bundle of
execute_result / display_data, the stdout stream, pager payloads) and checks it against
CPython's own answers where there is one: dis.dis's text, sys.getrefcount, gc's state,
tracemalloc's Statistic format, and IPython's formats, taken from IPython itself (this
Python has IPython 8) for %who, %whos, %who_ls, %time, %timeit and %history.
"""
import contextlib
import dis
import html.parser
import io
import re
import unittest
import xml.etree.ElementTree as ET

from jupyter_client.manager import start_new_kernel

SVG = '{http://www.w3.org/2000/svg}'
# Every magic %lsmagic lists is checked here.
NOT_HERE = set()


class Kernel:
    def __init__(self):
        self.km, self.kc = start_new_kernel(kernel_name='glasspy', startup_timeout=180)

    def run(self, code):
        """(reply content, [(msg_type, content)]) for one cell."""
        out = []

        def hook(msg):
            t = msg['header']['msg_type']
            if t in ('stream', 'execute_result', 'display_data', 'error'):
                out.append((t, msg['content']))
        reply = self.kc.execute_interactive(code, output_hook=hook, timeout=120)
        return reply['content'], out

    def stop(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


class MagicsThroughJupyter(unittest.TestCase):
    checked = set()

    @classmethod
    def setUpClass(cls):
        cls.k = Kernel()

    @classmethod
    def tearDownClass(cls):
        cls.k.stop()

    # ## helpers

    def cell(self, code):
        reply, out = self.k.run(code)
        self.assertEqual(reply['status'], 'ok', '%s\n%s' % (code, reply))
        return reply, out

    def bundle(self, code):
        """The data of the cell's one execute_result or display_data."""
        _, out = self.cell(code)
        shown = [c['data'] for t, c in out if t in ('execute_result', 'display_data')]
        self.assertEqual(len(shown), 1, '%s: %s' % (code, out))
        return shown[0]

    def stdout(self, code):
        _, out = self.cell(code)
        return ''.join(c['text'] for t, c in out if t == 'stream' and c['name'] == 'stdout')

    def value(self, expr):
        return eval(self.bundle(expr)['text/plain'])

    def page(self, code):
        reply, _ = self.cell(code)
        pages = [p['data']['text/plain'] for p in reply['payload'] if p.get('source') == 'page']
        self.assertEqual(len(pages), 1, reply)
        return pages[0]

    def mark(self, *names):
        type(self).checked.update(names)

    def html_table(self, text):
        """Rows of the first <table> of an HTML fragment, as lists of cell texts."""
        p = _TableParser()
        p.feed(text)
        self.assertTrue(p.rows, text[:300])
        return p.rows

    def svg_texts(self, svg):
        root = ET.fromstring(svg)
        self.assertEqual(root.tag, SVG + 'svg')
        return root, [t.text for t in root.iter(SVG + 'text')]

    # ## glasspy's magics

    def test_refcount_line(self):
        self.mark('%refcount')
        self.cell('import sys, gc\nx = [1, 2]\nalias = x\nlst = [0, x]\nd = {"k": x}\ntup = (x, 1)\n'
                  'class Box: pass\nbox = Box(); box.attr = x\n'
                  'def mk():\n    kept = x\n    return lambda: kept\nfn = mk()\n'
                  'def gen():\n    local = x\n    yield 1\ng = gen(); next(g)\n'
                  'def fin():\n    gone = x\n    return sys._getframe()\nfr = fin()')
        out_key = self.k.run('x')[0]['execution_count']   # puts x in Out and _
        # The count equals sys.getrefcount(x) - 1 measured in the same cell.
        data = self.bundle('n = sys.getrefcount(x) - 1\n%refcount x')
        n = self.value('n')
        text = data['text/plain']
        self.assertRegex(text.split('\n')[0], r'^x: list object at 0x[0-9a-f]+, %d references$' % n)
        rows = [re.split(r'\s{2,}', line.strip()) for line in text.split('\n')[3:] if line.strip()]
        expected = [
            ['global namespace', "name 'x'"], ['global namespace', "name 'alias'"],
            ['global namespace', "name '_'"], ['Out (output history)', 'value for key %d' % out_key],
            ['lst (list)', 'index 1'], ['d (dict)', "value for key 'k'"], ['tup (tuple)', 'item 0'],
            ['box (Box)', "attribute 'attr'"], ['closure of mk.<locals>.<lambda>()', 'closure cell'],
            ['generator gen() (suspended)', "local 'local'"], ['frame of fin() (finished)', "local 'gone'"],
        ]
        for row in expected:
            self.assertIn(row, rows, text)
        self.assertEqual(self.value('sys.getrefcount(x) - 1'), n, 'measuring changed the count')
        # The HTML table carries the same rows.
        table = self.html_table(data['text/html'])
        self.assertEqual(table[0], ['holder', 'reference'])
        for row in expected:
            self.assertIn(row, table[1:])
        # A set element and a dict key (a hashable object), and a running function's frame.
        self.cell('key = ("a",)\nss = {key}\ndk = {key: 1}')
        text = self.bundle('%refcount key')['text/plain']
        self.assertIn('ss (set)', text)
        self.assertRegex(text, r'dk \(dict\) +key')
        text = self.bundle('def running():\n    mine = x\n    r = %refcount x\n    return r\nrunning()')['text/plain']
        self.assertRegex(text, r"frame of running\(\) \(running\) +local 'mine'")

    def test_refcount_names_and_timeline(self):
        self.mark('%refcount', '%%refcount')
        self.cell('import sys\nnames_x = [1, 2, 3]')
        text = self.bundle('%refcount')['text/plain']
        self.assertRegex(text, r'^name +type +refcount +size\n')
        row = re.search(r'^names_x +list +(\d+) +(\d+)$', text, re.M)
        self.assertIsNotNone(row, text)
        self.assertEqual(int(row.group(1)), self.value('sys.getrefcount(names_x) - 1'))
        self.assertEqual(int(row.group(2)), self.value('sys.getsizeof(names_x)'))
        before = self.value('sys.getrefcount(names_x) - 1')
        data = self.bundle('%%refcount names_x\nz = names_x\nboth = [names_x, names_x]\ndel z\nboth.clear()')
        lines = data['text/plain'].split('\n')
        self.assertRegex(lines[0], r'^names_x: list object at 0x[0-9a-f]+, reference count %d → %d$' % (before, before))
        changes = [re.split(r'\s{2,}', l.strip()) for l in lines[3:]]
        self.assertEqual([c[-2:] for c in changes],
                         [['+1', str(before + 1)], ['+1', str(before + 2)], ['+1', str(before + 3)],
                          ['-1', str(before + 2)], ['-2', str(before)]])
        self.assertEqual([c[-3].split()[1] for c in changes], ['LOAD_NAME', 'LOAD_NAME', 'LOAD_NAME', 'DELETE_NAME', 'CALL'])
        self.assertEqual(self.html_table(data['text/html'])[0], ['line', 'instruction', 'change', 'count'])

    def test_gc_status_collect_growth(self):
        self.mark('%gc')
        data = self.bundle('%gc')
        threshold = self.value('__import__("gc").get_threshold()')
        lines = data['text/plain'].split('\n')
        self.assertEqual(lines[0], 'gc: %s, thresholds %d, %d, %d' % (('enabled',) + threshold))
        self.assertEqual(lines[1].split(), ['generation', 'count', 'threshold', 'collections', 'collected', 'uncollectable', 'tracked'])
        gens = [l.split() for l in lines[3:6]]
        self.assertEqual([int(g[0]) for g in gens], [0, 1, 2])
        self.assertEqual(tuple(int(g[2]) for g in gens), threshold)
        stats = self.value('[s["collections"] for s in __import__("gc").get_stats()]')
        for g, s in zip(gens, stats):
            self.assertGreaterEqual(int(g[3]), s - 1)   # the display itself may collect once
        table = self.html_table(data['text/html'])
        self.assertEqual(len(table), 4)
        # collect: a two-list cycle is found, grouped by type.
        self.cell('class Node: pass\na = Node(); b = Node(); a.other = b; b.other = a\ndel a, b')
        text = self.bundle('%gc collect')['text/plain']
        self.assertRegex(text, r'^gc\.collect\(2\) found (\d+) unreachable objects\ntype +objects\n-+ +-+\n')
        self.assertRegex(text, r'(?m)^Node +2$')
        self.assertIn('gc.garbage now holds 0', text)
        # growth: 25 new instances of a new class.
        self.bundle('%gc growth')
        self.cell('class Leaf: pass\nleaves = [Leaf() for _ in range(25)]')
        growth = self.bundle('%gc growth 5')
        self.assertRegex(growth['text/plain'], r'(?m)^Leaf +\d+ +\+25$')
        self.assertIn(['Leaf', '25', '+25'], self.html_table(growth['text/html']))
        # Bad arguments: a UsageError, as IPython reports it.
        reply, out = self.k.run('%gc collect 9')
        self.assertEqual(reply['ename'], 'UsageError')

    def test_gc_graph_svg(self):
        self.mark('%gc')
        self.cell('ring = [[], []]; ring[0].append(ring[1]); ring[1].append(ring[0]); ring[1].append(7)')
        data = self.bundle('%gc graph ring[0] --depth 3')
        self.assertEqual(data['text/plain'].split('\n'), [
            'list (1)', '└── [0] → list (2)  ↻ cycle', '    ├── [1] → int 7', '    └── [0] → list (1)  ↻ cycle  (shown above)'])
        root, texts = self.svg_texts(data['image/svg+xml'])
        for label in ('list (1)', 'list (2)', 'int 7', '[0]', '[1]'):
            self.assertIn(label, texts)
        nodes = [g for g in root.iter(SVG + 'g') if g.get('class') == 'node']
        edges = [g for g in root.iter(SVG + 'g') if g.get('class') == 'edge']
        self.assertEqual(len(nodes), 3)
        self.assertEqual(len(edges), 3)
        # The two edges of the cycle are drawn in the highlight colour, the other is not.
        colours = sorted(e.find(SVG + 'path').get('stroke') for e in edges)
        self.assertEqual(len(set(colours)), 2)
        back = self.bundle('%gc graph --back ring[1] --depth 1')
        self.assertEqual(back['text/plain'].split('\n')[0], 'list (2)   (referrers)')
        _, texts = self.svg_texts(back['image/svg+xml'])
        self.assertIn('list (1)', texts)

    def test_dis_equals_dis_dis(self):
        self.mark('%dis', '%%dis')
        source = 'def add(a, b):\n    for i in range(a):\n        b += i\n    return b'
        self.cell(source)
        data = self.bundle('%dis add')
        # The kernel's own dis.dis, and this CPython's, give the same text.
        in_kernel = self.value('import dis, io\n_buf = io.StringIO()\ndis.dis(add, file=_buf)\n_buf.getvalue()')
        self.assertEqual(data['text/plain'].rstrip('\n'), in_kernel.rstrip('\n'))
        ns = {}
        exec(compile(source, 'cell', 'exec'), ns)
        buf = io.StringIO()
        dis.dis(ns['add'], file=buf)
        self.assertEqual(data['text/plain'].rstrip('\n'), buf.getvalue().rstrip('\n'))
        # The HTML view: one row per instruction, opnames in order, jump targets marked.
        p = _TableParser(keep_class=True)
        p.feed(data['text/html'])
        ops = [text for row in p.rows for cls, text in row if cls == 'op']
        self.assertEqual(ops, [i.opname for i in dis.get_instructions(ns['add'])])
        self.assertIn('class="target"', data['text/html'])
        # %%dis compiles the cell without running it.
        cell = 'z = 1 + not_defined_anywhere'
        data = self.bundle('%%dis\n' + cell)
        buf = io.StringIO()
        dis.dis(compile(cell, '<dis>', 'exec'), file=buf)
        self.assertEqual(data['text/plain'].rstrip('\n'), buf.getvalue().rstrip('\n'))

    def test_timeit(self):
        self.mark('%timeit', '%%timeit')
        from IPython.core.magics.execution import TimeitResult
        line = self.stdout('%timeit -n 10 -r 3 sum([1, 2])')
        # IPython's warning comes first when one run was much slower (a loaded machine).
        self.assertRegex(line, r'^(The slowest run took [\d.]+ times longer than the fastest\. This could mean '
                               r'that an intermediate result is being cached\.\n)?'
                               r'\d+(\.\d+)? (ns|µs|ms|s) ± \d+(\.\d+)? (ns|µs|ms|s) per loop '
                               r'\(mean ± std\. dev\. of 3 runs, 10 loops each\)\n$')
        line = self.stdout('%%timeit -n 5 -r 2 s = [1, 2]\nsum(s)')
        self.assertRegex(line, r'per loop \(mean ± std\. dev\. of 2 runs, 5 loops each\)\n$')
        # -o returns a TimeitResult whose text is IPython's for the same figures.
        self.cell('tr = %timeit -o -q -n 1000 -r 4 sum([1])')
        loops, repeat, best, worst, runs, compile_time = self.value('(tr.loops, tr.repeat, tr.best, tr.worst, tr.all_runs, tr.compile_time)')
        ours = self.bundle('tr')['text/plain']
        ipython = TimeitResult(loops, repeat, best, worst, runs, compile_time, 3)
        from IPython.lib.pretty import pretty
        self.assertEqual(ours, pretty(ipython))
        self.assertEqual(self.value('str(tr)'), str(ipython))

    def test_tracemalloc(self):
        self.mark('%tracemalloc', '%%tracemalloc', '%memit')
        self.assertEqual(self.bundle('%tracemalloc start')['text/plain'], 'tracemalloc is tracing, 1 frame per traceback')
        self.assertIs(self.value('__import__("tracemalloc").is_tracing()'), True)
        snap = self.bundle('%tracemalloc snapshot')['text/plain']
        self.assertRegex(snap, r'^snapshot 1: \d+ traces; traced memory [\d.]+ (B|KiB|MiB), peak [\d.]+ (B|KiB|MiB)$')
        self.cell('many = [str(i) * 3 for i in range(3000)]')
        stat = r'#\d+: .+:\d+: size=[\d.]+ (B|KiB|MiB) \(\+[\d.]+ (B|KiB|MiB)\), count=\d+ \(\+\d+\), average=\d+ B'
        diff = self.bundle('%tracemalloc diff')['text/plain'].split('\n')
        self.assertRegex(diff[0], r'^Top 10 of \d+ differences$')
        self.assertRegex(diff[1], stat)
        count = int(re.search(r'count=\d+ \(\+(\d+)\)', diff[1]).group(1))
        self.assertGreaterEqual(count, 3000)   # the 3000 strings, from the cell that made them
        top = self.bundle('%tracemalloc top 3')['text/plain'].split('\n')
        self.assertRegex(top[0], r'^Top 3 of \d+ \([\d.]+ MiB traced\)$')
        self.assertEqual(len(top), 4)
        for l in top[1:]:
            self.assertRegex(l, r'^#\d: .+:\d+: size=[\d.]+ (B|KiB|MiB), count=\d+, average=\d+ B$')
        self.assertEqual(self.bundle('%tracemalloc stop')['text/plain'], 'tracemalloc stopped')
        self.assertIs(self.value('__import__("tracemalloc").is_tracing()'), False)
        text = self.bundle('%%tracemalloc\nblock = [0] * 100000')['text/plain']
        m = re.match(r'^traced memory: net \+([\d.]+) MiB, peak \+([\d.]+) MiB during the cell\n', text)
        self.assertIsNotNone(m, text)
        self.assertGreaterEqual(float(m.group(1)), 0.7)   # 100,000 pointers: 800,000 bytes
        self.assertRegex(text, r'line 1: size=781 KiB \(\+781 KiB\), count=1 \(\+1\)')
        m = re.match(r'^peak memory: ([\d.]+) MiB, increment: ([\d.]+) MiB$', self.bundle('%memit w = [0] * 200000')['text/plain'])
        self.assertIsNotNone(m)
        self.assertGreaterEqual(float(m.group(2)), 1.5)   # 1.6 MB of pointers

    def test_heap(self):
        self.mark('%heap')
        data = self.bundle('%heap')
        lines = data['text/plain'].split('\n')
        m = re.match(r'^(\d+) arenas? \((\d+) KiB\), (\d+) of (\d+) pools in use$', lines[0])
        self.assertIsNotNone(m, lines[0])
        self.assertEqual(int(m.group(2)), 1024 * int(m.group(1)))
        self.assertEqual(lines[1].split(), ['size', 'class', 'pools', 'blocks', 'used', 'blocks', 'free', 'bytes', 'used', 'fragmentation'])
        rows = [l.split() for l in lines[3:] if re.match(r'^ +\d+ ', l)]
        for size, pools, used, free, used_bytes, frag in rows:
            self.assertEqual(int(size) % 16, 0)
            self.assertEqual(int(used) * int(size), int(used_bytes))
        self.assertEqual(sum(int(r[1]) for r in rows), int(m.group(3)))
        total = re.search(r'^in blocks: (\d+) bytes used', data['text/plain'], re.M)
        self.assertEqual(sum(int(r[4]) for r in rows), int(total.group(1)))
        html = data['text/html']
        self.assertEqual(len(self.html_table(html)) - 1, len(rows))
        svg = html[html.index('<svg'):html.index('</svg>') + 6]
        root, _ = self.svg_texts(svg)
        self.assertGreater(len(list(root.iter(SVG + 'rect'))), int(m.group(1)))
        arenas = self.bundle('%heap arenas')['text/plain'].split('\n')
        self.assertEqual(arenas[0].split(), ['arena', 'address', 'pools', 'used', 'pools', 'free', 'blocks', 'used'])

    def test_gil(self):
        self.mark('%gil', '%%gil')
        self.cell('import threading, time\ndef spin(n):\n    while n:\n        n -= 1\ndef nap():\n    time.sleep(0.05)')
        data = self.bundle('%%gil\nts = [threading.Thread(target=spin, args=(100000,), name="cpu"), threading.Thread(target=nap, name="io")]\n'
                           'for t in ts: t.start()\nfor t in ts: t.join()')
        lines = data['text/plain'].split('\n')
        self.assertRegex(lines[0], r'^GIL timeline over [\d.]+ m?s ')
        lanes = {l.split()[0]: l for l in lines if re.match(r'^\S+ +\|[#.\- ]+\|$', l)}
        self.assertEqual(sorted(lanes), ['MainThread', 'cpu', 'io'])
        self.assertIn('#', lanes['cpu'])
        self.assertIn('-', lanes['io'])
        self.assertRegex(data['text/plain'], r'(?m)^\d+ switches \(switch interval 5 ms\): .*sleep')
        root, _ = self.svg_texts(data['image/svg+xml'])
        threads = [g.get('data-thread') for g in root.iter(SVG + 'g') if g.get('class') == 'lane']
        self.assertEqual(threads, ['MainThread', 'cpu', 'io'])
        line = self.bundle('%gil t = threading.Thread(target=nap); t.start(); t.join()')
        self.assertRegex(line['text/plain'], r'^GIL timeline over ')

    # ## IPython's staples, against IPython's own output

    def ipython(self, *cells):
        """stdout of the last cell run in a fresh IPython shell after the others."""
        from IPython.core.interactiveshell import InteractiveShell
        shell = InteractiveShell.instance()
        shell.reset(new_session=True)
        buf = io.StringIO()
        for c in cells[:-1]:
            shell.run_cell(c, store_history=True)
        with contextlib.redirect_stdout(buf):
            shell.run_cell(cells[-1], store_history=True)
        return buf.getvalue()

    def test_namespace_magics_as_ipython(self):
        self.mark('%who', '%whos', '%who_ls', '%reset', '%xdel')
        setup = 'a = 1; b = "text"; items = [1, 2, 3]\ndef func(): pass'
        self.cell('%reset -f')
        self.assertEqual(self.stdout('%who'), 'Interactive namespace is empty.\n')
        self.cell(setup)
        for magic in ('%who', '%who int', '%whos'):
            ours = re.sub('0x[0-9a-f]+', '0x', self.stdout(magic))
            theirs = re.sub('0x[0-9a-f]+', '0x', self.ipython(setup, magic))
            self.assertEqual(ours, theirs, magic)
        self.assertEqual(self.value('%who_ls'), ['a', 'b', 'func', 'items'])
        self.cell('%xdel items')
        self.assertEqual(self.value('%who_ls'), ['a', 'b', 'func'])
        self.assertEqual(self.stdout('%xdel nope'), "NameError: name 'nope' is not defined\n")
        self.cell('%reset -f')
        self.assertEqual(self.value('%who_ls'), [])

    def test_time(self):
        self.mark('%time', '%%time')
        _, out = self.cell('%time sum(range(10))')
        # IPython's _format_time is '%.3g' per unit, so 1000 ns prints as '1e+03 ns'.
        num = r'[\d.]+(e[+-]\d+)?'
        fmt = (r'CPU times: user {0} (ns|µs|ms|s), sys: {0} (ns|µs|ms|s), total: {0} (ns|µs|ms|s)\n'
               r'Wall time: {0} (ns|µs|ms|s)\n').format(num)
        self.assertRegex(''.join(c['text'] for t, c in out if t == 'stream'), '^' + fmt + '$')
        self.assertEqual([c['data']['text/plain'] for t, c in out if t == 'execute_result'], ['45'])
        # IPython's own %time prints the same shape (with 'us' where stdout is not UTF-8).
        self.assertRegex(re.sub(r'(\d) us\b', r'\1 µs', self.ipython('%time sum(range(10))')), '^' + fmt)
        _, out = self.cell('%%time\nq = 5\nq * 2')
        self.assertRegex(''.join(c['text'] for t, c in out if t == 'stream'), '^' + fmt + '$')
        self.assertEqual([c['data']['text/plain'] for t, c in out if t == 'execute_result'], ['10'])

    def test_history(self):
        self.mark('%history', '%hist')
        n = self.value('len(In)')
        self.cell('first = 1')
        self.cell('second = 2')
        text = self.stdout('%%history -n %d-%d' % (n, n + 1))
        self.assertEqual(text, '%4d: first = 1\n%4d: second = 2\n' % (n, n + 1))
        self.assertEqual(self.stdout('%%hist %d' % n), 'first = 1\n')
        # IPython numbers the same two cells the same way, from 1 in a fresh shell.
        self.assertEqual(self.ipython('first = 1', 'second = 2', '%history -n 1-2'), '   1: first = 1\n   2: second = 2\n')

    def test_lsmagic_lists_every_magic_and_each_is_checked_here(self):
        self.mark('%lsmagic')
        data = self.bundle('%lsmagic')
        text = data['text/plain']
        line = set(re.search(r'Available line magics:\n(.*)\n', text).group(1).split())
        cell = set(re.search(r'Available cell magics:\n(.*)\n', text).group(1).split())
        self.assertTrue(text.rstrip().endswith('Automagic is OFF, % prefix IS needed for line magics.'))
        listing = data['application/json']
        self.assertEqual({'%' + k for k in listing['line']}, line)
        self.assertEqual({'%%' + k for k in listing['cell']}, cell)
        type(self).listed = (line | cell) - {'%' + n for n in NOT_HERE} - {'%%' + n for n in NOT_HERE}

    def test_prun(self):
        self.mark('%prun', '%%prun')
        self.cell('def work():\n    return sorted(str(i) for i in range(200))')
        for code in ('%prun work()', '%%prun\nwork()'):
            text = self.page(code)
            self.assertRegex(text, r'^ +\d+ function calls( \(\d+ primitive calls\))? in [\d.]+ seconds\n\n   Ordered by: internal time\n\n')
            self.assertIn('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)\n', text)
            self.assertRegex(text, r'\n +1 +[\d.]+ +[\d.]+ +[\d.]+ +[\d.]+ \S+:\d+\(work\)\n')
            self.assertRegex(text, r'\{built-in method builtins\.sorted\}')

    def test_capture_and_display_magics(self):
        self.mark('%%capture', '%%html', '%%svg', '%%markdown', '%%javascript', '%%latex')
        reply, out = self.cell('%%capture cap\nprint("hidden")\n7')
        self.assertEqual(out, [])
        self.assertEqual(self.value('cap.stdout'), 'hidden\n')
        self.assertEqual(self.value('[o.data["text/plain"] for o in cap.outputs]'), ['7'])
        data = self.bundle('%%html\n<b>bold</b>')
        self.assertEqual(data, {'text/plain': '<IPython.core.display.HTML object>', 'text/html': '<b>bold</b>'})
        svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><circle cx="10" cy="10" r="5"/></svg>'
        data = self.bundle('%%svg\n' + svg)
        self.assertEqual(data['text/plain'], '<IPython.core.display.SVG object>')
        root, _ = self.svg_texts(data['image/svg+xml'])
        self.assertEqual(root.find(SVG + 'circle').get('r'), '5')
        self.assertEqual(self.bundle('%%markdown\n# Title\n*x*'),
                         {'text/plain': '<IPython.core.display.Markdown object>', 'text/markdown': '# Title\n*x*'})
        self.assertEqual(self.bundle('%%javascript\nconsole.log(1)'),
                         {'text/plain': '<IPython.core.display.Javascript object>', 'application/javascript': 'console.log(1)'})
        self.assertEqual(self.bundle('%%latex\n$x^2$'),
                         {'text/plain': '<IPython.core.display.Latex object>', 'text/latex': '$x^2$'})

    def test_help_and_magic(self):
        self.mark('%magic')
        text = self.stdout('%magic')
        self.assertIn("IPython's 'magic' functions", text)
        for name in ('%refcount', '%gc', '%dis', '%timeit', '%tracemalloc', '%heap', '%memit'):
            self.assertRegex(text, '(?m)^' + re.escape(name) + ':$')
        page = self.page('%refcount?')
        self.assertTrue(page.startswith('\x1b[0;31mDocstring:\x1b[0m\nShow an object\'s reference count'), page[:80])
        self.assertIn('Usage, in line mode:', self.page('%%timeit?'))
        self.assertIn('Docstring:', self.page('%magic?'))


class _TableParser(html.parser.HTMLParser):
    """The rows of the first table: cell texts (with their class when keep_class)."""

    def __init__(self, keep_class=False):
        super().__init__()
        self.rows, self.keep_class, self.cell, self.cls, self.done = [], keep_class, None, None, False

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if tag == 'tr':
            self.rows.append([])
        elif tag in ('td', 'th'):
            self.cell, self.cls = '', dict(attrs).get('class')

    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.cell is not None and self.rows:
            self.rows[-1].append((self.cls, self.cell) if self.keep_class else self.cell)
            self.cell = None
        elif tag == 'table' and self.rows:
            self.done = True

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def load_tests(loader, tests, pattern):
    """Run the magics in order, then check every listed magic was checked by one of them."""
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(MagicsThroughJupyter))
    suite.addTest(Coverage('test_every_listed_magic_is_checked'))
    return suite


class Coverage(unittest.TestCase):
    def test_every_listed_magic_is_checked(self):
        listed = getattr(MagicsThroughJupyter, 'listed', None)
        self.assertIsNotNone(listed, '%lsmagic was not read')
        self.assertEqual(listed - MagicsThroughJupyter.checked, set())


if __name__ == '__main__':
    unittest.main()
