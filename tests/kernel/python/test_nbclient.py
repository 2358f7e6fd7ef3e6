"""A notebook executed on the glasspy kernel by nbclient and by `jupyter execute`."""
import os
import subprocess
import sys
import tempfile
import unittest

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def notebook(*sources):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "glasspy", "display_name": "Python 3.11 (glasspy)", "language": "python"}
    return nb


class NbclientTests(unittest.TestCase):
    def test_runs_a_notebook(self):
        nb = notebook(
            "import math\nprint('sqrt', math.sqrt(16))",
            "squares = [n * n for n in range(5)]\nsquares",
            "from IPython.display import HTML, display\ndisplay(HTML('<b>glass</b>'))",
            "In[1], Out[2], _",
            "def f():\n    return 1 / 0\nf()",
        )
        client = NotebookClient(nb, kernel_name="glasspy", timeout=60, allow_errors=True)
        client.execute()
        c = nb.cells
        self.assertEqual(c[0].outputs[0].output_type, "stream")
        self.assertEqual(c[0].outputs[0].text, "sqrt 4.0\n")
        self.assertEqual(c[1].execution_count, 2)
        self.assertEqual(c[1].outputs[0].output_type, "execute_result")
        self.assertEqual(c[1].outputs[0].data["text/plain"], "[0, 1, 4, 9, 16]")
        self.assertEqual(c[2].outputs[0].output_type, "display_data")
        self.assertEqual(c[2].outputs[0].data["text/html"], "<b>glass</b>")
        # IPython's pretty printer breaks a result longer than 79 columns after its commas.
        self.assertEqual(c[3].outputs[0].data["text/plain"],
                         "(\"import math\\nprint('sqrt', math.sqrt(16))\",\n [0, 1, 4, 9, 16],\n [0, 1, 4, 9, 16])")
        err = c[4].outputs[0]
        self.assertEqual(err.output_type, "error")
        self.assertEqual(err.ename, "ZeroDivisionError")
        self.assertIn("Cell \x1b[0;32mIn[5], line 3\x1b[0m", err.traceback[2])

    def test_errors_stop_the_run(self):
        nb = notebook("x = 1", "raise KeyError('k')", "x = 2")
        client = NotebookClient(nb, kernel_name="glasspy", timeout=60)
        with self.assertRaises(CellExecutionError) as cm:
            client.execute()
        self.assertIn("KeyError", str(cm.exception))
        self.assertEqual(nb.cells[2].outputs, [])

    def test_jupyter_execute(self):
        # nbclient 0.7's `jupyter execute` runs a notebook and reports failure by its status.
        with tempfile.TemporaryDirectory() as d:
            good, bad = os.path.join(d, "good.ipynb"), os.path.join(d, "bad.ipynb")
            nbformat.write(notebook("print(6 * 7)", "assert 6 * 7 == 42"), good)
            nbformat.write(notebook("assert 6 * 7 == 43"), bad)
            r = subprocess.run(["jupyter", "execute", "--kernel_name=glasspy", good], capture_output=True, text=True, timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
            r = subprocess.run(["jupyter", "execute", "--kernel_name=glasspy", bad], capture_output=True, text=True, timeout=120)
            self.assertNotEqual(r.returncode, 0)
            self.assertIn("AssertionError", r.stderr)

if __name__ == "__main__":
    unittest.main()
