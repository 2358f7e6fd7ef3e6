"""Compile source with CPython 3.11 and print the code object as JSON in glasspy's CodeUnit
form (engine/compiler/code.ts).  Development and VM tests use it to run CPython's exact
bytecode on glasspy's VM independently of glasspy's own parser and compiler.
Usage: python3 tests/tools/cpython_code.py FILENAME MODE < source
"""
import json, sys, math
import ast_dump  # shared constant encoder; the script directory is on sys.path

CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE = 0x20, 0x40, 0x80

def const(v):
    return ast_dump.const(v, _code_const)

def _code_const(v):
    if hasattr(v, 'co_code'): return {'kind': 'code', 'code': code(v)}
    raise TypeError(type(v))

def code(c):
    names, kinds = [], []
    for n in c.co_varnames:
        names.append(n); kinds.append(CO_FAST_LOCAL | (CO_FAST_CELL if n in c.co_cellvars else 0))
    for n in c.co_cellvars:
        if n not in c.co_varnames:
            names.append(n); kinds.append(CO_FAST_CELL)
    for n in c.co_freevars:
        names.append(n); kinds.append(CO_FAST_FREE)
    return {
        'co_argcount': c.co_argcount, 'co_posonlyargcount': c.co_posonlyargcount,
        'co_kwonlyargcount': c.co_kwonlyargcount, 'co_stacksize': c.co_stacksize, 'co_flags': c.co_flags,
        'co_firstlineno': c.co_firstlineno, 'co_code': list(c.co_code), 'co_consts': [const(x) for x in c.co_consts],
        'co_names': list(c.co_names), 'co_localsplusnames': names, 'co_localspluskinds': kinds,
        'co_filename': c.co_filename, 'co_name': c.co_name, 'co_qualname': c.co_qualname,
        'co_linetable': list(c.co_linetable), 'co_exceptiontable': list(c.co_exceptiontable),
    }

if __name__ == '__main__':
    filename, mode = sys.argv[1], sys.argv[2]
    src = sys.stdin.read()
    try:
        c = compile(src, filename, mode, dont_inherit=True)
    except SyntaxError as e:
        print(json.dumps({'syntax_error': {'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                                           'text': e.text, 'end_lineno': e.end_lineno, 'end_offset': e.end_offset}}))
        sys.exit(0)
    print(json.dumps(code(c)))
