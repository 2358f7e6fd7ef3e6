"""Disassemble every code object of a corpus file and print the results as JSON.

Run by CPython 3.11 (tests/tools/record_dis.py writes its output as the golden file) and by
glasspy (tests/dis.test.ts compares): both compile the same source under the same filename.
Usage: driver.py NAME [NAME ...]  (tests/dis/corpus/NAME.py); prints {NAME: results}.
"""
import dis, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(text):
    """Addresses differ from run to run: hide them."""
    return re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x?', text)


def dis_text(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    return norm(out.getvalue())


def code_fields(co):
    return {
        'co_code': co.co_code.hex(),
        'co_lnotab': co.co_lnotab.hex(),
        'co_lines': ' '.join('%s,%s,%s' % t for t in co.co_lines()),
        'co_positions': ' '.join('%s,%s,%s,%s' % t for t in co.co_positions()),
        'co_nlocals': co.co_nlocals,
        'co_stacksize': co.co_stacksize,
        'co_flags': co.co_flags,
        'co_varnames': list(co.co_varnames),
        'co_cellvars': list(co.co_cellvars),
        'co_freevars': list(co.co_freevars),
        'linestarts': ' '.join('%s,%s' % t for t in dis.findlinestarts(co)),
        'labels': dis.findlabels(co.co_code),
    }


def record(name):
    path = os.path.join(HERE, 'corpus', name + '.py')
    with open(path) as f:
        source = f.read()
    code = compile(source, 'corpus/%s.py' % name, 'exec')
    out = {'<module>': {'dis': dis_text(code), 'dis_depth0': dis_text(code, depth=0), 'info': norm(dis.code_info(code))}}
    out['<module>'].update(code_fields(code))
    ns = {'__name__': 'corpus_' + name}
    try:
        exec(code, ns)
    except Exception as e:  # module_level.py's body may fail part-way; what was defined is still checked
        out['<module>']['exec'] = type(e).__name__
    n = 0
    for key, obj in list(ns.items()):
        if getattr(obj, '__module__', None) != ns['__name__']:
            continue
        entry = {'dis': dis_text(obj)}
        co = getattr(obj, '__code__', None)
        if co is not None:
            entry.update(code_fields(co))
            entry['info'] = norm(dis.code_info(obj))
            entry['instructions'] = [norm(repr(i)) for i in dis.get_instructions(obj)]
            if n % 3 == 0:
                entry['dis_caches'] = dis_text(obj, show_caches=True)
                entry['instructions_caches'] = [norm(repr(i)) for i in dis.get_instructions(obj, show_caches=True)]
            if n % 5 == 0:
                entry['bytecode_dis'] = norm(dis.Bytecode(obj, first_line=1000).dis())
        out[key] = entry
        n += 1
    return out


if __name__ == '__main__':
    # Compact: record_dis.py re-indents the golden file, the test only parses it.
    print(json.dumps({name: record(name) for name in sys.argv[1:]}, separators=(',', ':')))
