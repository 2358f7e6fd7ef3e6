"""Record CPython 3.11's AST (tests/tools/ast_dump.py format, positions included) for every
conformance program that parses, and CPython's SyntaxError details for the error cases in
tests/syntax/error_cases.txt (cases separated by lines of '----').
Usage: python3 tests/tools/record_ast.py
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import ast
from ast_dump import dump

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
CONF = os.path.join(ROOT, 'tests', 'conformance')
OUT = os.path.join(ROOT, 'tests', 'syntax', 'expected')

n = 0
for f in sorted(os.listdir(CONF)):
    if not f.endswith('.py'):
        continue
    src = open(os.path.join(CONF, f), encoding='utf-8').read()
    try:
        tree = ast.parse(src)
    except SyntaxError:
        continue
    with open(os.path.join(OUT, f[:-3] + '.ast.json'), 'w') as out:
        json.dump(dump(tree, True), out)
    n += 1

cases = open(os.path.join(ROOT, 'tests', 'syntax', 'error_cases.txt'), encoding='utf-8').read().split('\n----\n')
errors = []
for src in cases:
    try:
        compile(src, '<case>', 'exec')
        errors.append({'source': src, 'error': None})
    except SyntaxError as e:
        errors.append({'source': src, 'error': {'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                                                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}})
with open(os.path.join(ROOT, 'tests', 'syntax', 'expected', 'errors.json'), 'w') as out:
    json.dump(errors, out, indent=1, ensure_ascii=False)
print(f'recorded {n} ASTs and {len(errors)} error cases')
