"""Record CPython 3.11's code objects for the bytecode fidelity tests.

For every tests/bytecode/corpus/NAME.py, compile it as CPython does for a module and write
tests/bytecode/expected/NAME.json: one entry per code object (the module, then every code
object reachable through co_consts, depth first), keyed by qualname (with #N appended when
a qualname repeats, in walk order), holding the fields tests/bytecode.test.ts compares.
Usage: python3 tests/tools/record_bytecode.py [NAME ...]
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BYTECODE = os.path.join(HERE, '..', 'bytecode')
CORPUS = os.path.join(BYTECODE, 'corpus')
EXPECTED = os.path.join(BYTECODE, 'expected')


def const_repr(v):
    """repr() of a constant; code objects by qualname, frozensets with items in repr order
    (their iteration order depends on hashing, not on the compiler)."""
    if hasattr(v, 'co_code'):
        return '<code %s>' % v.co_qualname
    if isinstance(v, frozenset):
        return 'frozenset({%s})' % ', '.join(sorted(const_repr(x) for x in v)) if v else 'frozenset()'
    if isinstance(v, tuple):
        items = [const_repr(x) for x in v]
        return '(%s,)' % items[0] if len(items) == 1 else '(%s)' % ', '.join(items)
    return repr(v)


def record(code, out, seen):
    key = code.co_qualname
    seen[key] = seen.get(key, 0) + 1
    if seen[key] > 1:
        key = '%s#%d' % (key, seen[key])
    out[key] = {
        'co_name': code.co_name,
        'co_argcount': code.co_argcount,
        'co_posonlyargcount': code.co_posonlyargcount,
        'co_kwonlyargcount': code.co_kwonlyargcount,
        'co_code': code.co_code.hex(),
        'co_consts': [const_repr(c) for c in code.co_consts],
        'co_names': list(code.co_names),
        'co_varnames': list(code.co_varnames),
        'co_cellvars': list(code.co_cellvars),
        'co_freevars': list(code.co_freevars),
        'co_stacksize': code.co_stacksize,
        'co_flags': code.co_flags,
        'co_firstlineno': code.co_firstlineno,
        'co_linetable': code.co_linetable.hex(),
        'co_exceptiontable': code.co_exceptiontable.hex(),
    }
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            record(c, out, seen)


def main(names):
    os.makedirs(EXPECTED, exist_ok=True)
    if not names:
        names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith('.py'))
    for name in names:
        with open(os.path.join(CORPUS, name + '.py'), encoding='utf-8') as f:
            src = f.read()
        code = compile(src, name + '.py', 'exec', dont_inherit=True)
        out = {}
        record(code, out, {})
        with open(os.path.join(EXPECTED, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write('\n')
        print('%s: %d code objects' % (name, len(out)))


if __name__ == '__main__':
    main(sys.argv[1:])
