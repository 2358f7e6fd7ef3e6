"""Dump CPython 3.11's AST of a source file as JSON in glasspy's normalised form.

The parser tests compare glasspy's AST (engine/syntax/ast-json.ts: astToJSON) with this,
and the compiler can be developed on CPython's AST before glasspy's parser exists.
Usage: python3 tests/tools/ast_dump.py FILE [--mode exec|eval|single] [--no-pos]
"""
import ast, json, math, sys

SINGLETONS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)

def const(v, other=None):
    """A constant as JSON; `other` handles kinds beyond the AST's (code objects)."""
    if v is None: return {'kind': 'None'}
    if v is True or v is False: return {'kind': 'bool', 'value': v}
    if isinstance(v, int): return {'kind': 'int', 'value': str(v)}
    if isinstance(v, float): return {'kind': 'float', 'value': repr(v)}
    if isinstance(v, complex): return {'kind': 'complex', 'real': repr(v.real), 'imag': repr(v.imag)}
    if isinstance(v, str): return {'kind': 'str', 'value': v}
    if isinstance(v, bytes): return {'kind': 'bytes', 'value': list(v)}
    if v is Ellipsis: return {'kind': 'Ellipsis'}
    if isinstance(v, tuple): return {'kind': 'tuple', 'items': [const(x, other) for x in v]}
    if isinstance(v, frozenset): return {'kind': 'frozenset', 'items': [const(x, other) for x in v]}
    if other is not None: return other(v)
    raise TypeError(type(v))

def dump(node, pos):
    if isinstance(node, list):
        return [dump(x, pos) for x in node]
    if isinstance(node, SINGLETONS):
        return type(node).__name__
    if isinstance(node, ast.AST):
        d = {'_type': type(node).__name__}
        for f in node._fields:
            v = getattr(node, f, None)
            d[f] = const(v) if isinstance(node, (ast.Constant, ast.MatchSingleton)) and f == 'value' else dump(v, pos)
        if pos:
            for a in node._attributes:
                d[a] = getattr(node, a, None)
        return d
    return node

if __name__ == '__main__':
    args = sys.argv[1:]
    mode = 'exec'
    if '--mode' in args:
        i = args.index('--mode'); mode = args[i + 1]; del args[i:i + 2]
    pos = '--no-pos' not in args
    args = [a for a in args if a != '--no-pos']
    src = open(args[0], encoding='utf-8').read() if args and args[0] != '-' else sys.stdin.read()
    print(json.dumps(dump(ast.parse(src, mode=mode), pos), ensure_ascii=False))
