"""Re-record the nbformat golden: how Jupyter's own nbformat writes a notebook to disk.

Run with Debian's python3 (which has python3-nbformat):
    /usr/bin/python3 tests/tools/record_nbformat.py
The test reads the golden back with glasspy's reader and checks that glasspy's writer
gives the same bytes.
"""
import os
import nbformat
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_raw_cell, new_output

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', 'notebook', 'expected', 'sample.ipynb')

nb = new_notebook(metadata={
    'kernelspec': {'name': 'glasspy', 'display_name': 'Python 3.11 (glasspy)', 'language': 'python'},
    'language_info': {'name': 'python', 'version': '3.11.7'},
})
nb.cells = [
    new_markdown_cell('# Références\n\nNames *point* at objects — `id()` shows where.\n', id='md-1'),
    new_code_cell('x = [1, 2]\ny = x\nprint(x is y)\nx', id='code-1', execution_count=1, outputs=[
        new_output('stream', name='stdout', text='True\n'),
        new_output('execute_result', execution_count=1, data={'text/plain': '[1, 2]'}),
    ]),
    new_code_cell('display(obj)', id='code-2', execution_count=2, outputs=[
        new_output('display_data', data={
            'text/plain': 'line one\nline two',
            'text/html': '<table>\n<tr><td>a</td></tr>\n</table>',
            'image/svg+xml': '<svg xmlns="http://www.w3.org/2000/svg">\n<circle r="3"/>\n</svg>\n',
            'application/json': {'b': [1, 2], 'a': {'nested': 'x\ny'}},
            'image/png': 'iVBORw0KGgo=\n',
        }, metadata={'image/png': {'width': 32}}),
        new_output('stream', name='stderr', text='warn\r\nmore\x0cpage\u2028sep'),
    ]),
    new_code_cell('1/0', id='code-3', execution_count=3, outputs=[
        new_output('error', ename='ZeroDivisionError', evalue='division by zero',
                   traceback=['\x1b[0;31m---\x1b[0m', 'ZeroDivisionError: division by zero']),
    ]),
    new_code_cell('', id='code-4'),
    new_raw_cell('raw text\twith tab\u0001', id='raw-1'),
]
with open(out, 'w', encoding='utf-8') as f:
    nbformat.write(nb, f)
print('wrote', out)
