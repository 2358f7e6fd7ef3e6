"""jupyter_kernel_test's protocol checks against the installed glasspy kernel.

Run by tests/kernel/jupyter.test.ts with JUPYTER_PATH pointing at a temporary
kernelspec made by `glasspy install --prefix`.  Every test KernelTests offers has samples.
"""
import unittest

import jupyter_kernel_test


class GlasspyKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "glasspy"
    language_name = "python"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    code_stderr = "import sys; print('test', file=sys.stderr)"

    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "import o", "matches": {"opcode", "operator", "os"}},
    ]

    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n  return x*2\n\n\n"]
    incomplete_code_samples = ["print('''hello", "def f(x):\n  x*2", "for i in range(3):"]
    invalid_code_samples = ["import = 7q"]

    code_page_something = "print?"

    code_generate_error = "raise ValueError('glasspy')"

    code_execute_result = [
        {"code": "1+2+3", "result": "6"},
        {"code": "[n*n for n in range(4)]", "result": "[0, 1, 4, 9]"},
        {"code": "'glass' + 'py'", "result": "'glasspy'"},
    ]

    code_display_data = [
        {"code": "from IPython.display import HTML, display; display(HTML('<b>test</b>'))", "mime": "text/html"},
        {"code": "from IPython.display import Markdown, display; display(Markdown('*x*'))", "mime": "text/markdown"},
        {"code": "display(6 * 7)", "mime": "text/plain"},
    ]

    code_history_pattern = "1?2*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "zip"

    code_clear_output = "from IPython.display import clear_output; clear_output()"


if __name__ == "__main__":
    unittest.main()
