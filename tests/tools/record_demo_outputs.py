"""Record what ipykernel (CPython 3.11) shows for the demo notebooks' plain-Python cells.

Run with Debian's python3, which has nbclient and ipykernel:
    /usr/bin/python3 tests/tools/record_demo_outputs.py [NN ...]
Writes tests/notebook/expected/demos/NAME.json: for every code cell that has no magic and
is not tagged `nondeterministic`, its outputs in a normal form (streams joined per name,
results and displays as text/plain, errors as name and value).  tests/notebook/demos.test.ts
runs the same notebooks with glasspy and compares.
"""
import json
import os
import sys

import nbformat
from nbclient import NotebookClient

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, '..', '..')
demos = os.path.join(root, 'demos')
out_dir = os.path.join(root, 'tests', 'notebook', 'expected', 'demos')


def comparable(cell):
    if cell.cell_type != 'code':
        return False
    if 'nondeterministic' in cell.get('metadata', {}).get('tags', []):
        return False
    return not any(line.lstrip().startswith('%') for line in cell.source.splitlines())


def normal_form(outputs):
    out = []
    for o in outputs:
        if o.output_type == 'stream':
            if out and out[-1][0] == o.name:
                out[-1][1] += o.text
            else:
                out.append([o.name, o.text])
        elif o.output_type in ('execute_result', 'display_data'):
            out.append([o.output_type, o.data.get('text/plain', '')])
        elif o.output_type == 'error':
            out.append(['error', o.ename + ': ' + o.evalue])
    return out


def main(prefixes):
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(demos)):
        if not name.endswith('.ipynb') or (prefixes and not any(name.startswith(p) for p in prefixes)):
            continue
        nb = nbformat.read(os.path.join(demos, name), as_version=4)
        compared = {c.id for c in nb.cells if comparable(c)}
        # Magic cells are glasspy's; in ipykernel they would fail, so they are not run.
        for cell in nb.cells:
            if cell.cell_type == 'code' and any(l.lstrip().startswith('%') for l in cell.source.splitlines()):
                cell.source = 'pass'
        NotebookClient(nb, kernel_name='python3', allow_errors=True, timeout=120,
                       resources={'metadata': {'path': demos}}).execute()
        record = {c.id: normal_form(c.outputs) for c in nb.cells if c.id in compared}
        path = os.path.join(out_dir, name.replace('.ipynb', '.json'))
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(record, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write('\n')
        print('wrote', os.path.relpath(path, root), len(record), 'cells')


if __name__ == '__main__':
    main(sys.argv[1:])
