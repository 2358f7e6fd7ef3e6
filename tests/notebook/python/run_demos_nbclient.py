"""Run demo notebooks with nbclient on the glasspy kernel; print one JSON line per demo.

    python3 run_demos_nbclient.py DEMO_DIR NAME.ipynb ...

Each line is {"name": ..., "errors": [...], "cells": {cell_id: normal form}} so the
vitest side (tests/notebook/demos-nbclient.test.ts) can compare with the ipykernel
recording.  The kernelspec "glasspy" must be findable (JUPYTER_PATH).
"""
import json
import os
import sys

import nbformat
from nbclient import NotebookClient

# The same normal form as the ipykernel recording (tests/tools/record_demo_outputs.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from record_demo_outputs import normal_form  # noqa: E402


def main(demo_dir, names):
    for name in names:
        nb = nbformat.read(os.path.join(demo_dir, name), as_version=4)
        NotebookClient(nb, kernel_name='glasspy', allow_errors=True, timeout=300,
                       resources={'metadata': {'path': demo_dir}}).execute()
        errors = [f"{c.id}: {o.ename}: {o.evalue}" for c in nb.cells if c.cell_type == 'code'
                  for o in c.outputs if o.output_type == 'error']
        cells = {c.id: normal_form(c.outputs) for c in nb.cells if c.cell_type == 'code'}
        print(json.dumps({'name': name, 'errors': errors, 'cells': cells}), flush=True)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
