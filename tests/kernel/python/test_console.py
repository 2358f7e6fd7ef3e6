"""A `jupyter console --kernel glasspy` session, driven through a pseudo-terminal by pexpect."""
import os
import unittest

import pexpect


class ConsoleTests(unittest.TestCase):
    def test_console_session(self):
        child = pexpect.spawn("jupyter", ["console", "--kernel", "glasspy", "--simple-prompt"],
                              env=dict(os.environ, TERM="dumb"), encoding="utf-8", timeout=60)
        try:
            child.expect(r"Python 3\.11\.7 \(glasspy")
            child.expect(r"In \[1\]: ")
            child.sendline("x = 6 * 7")
            child.expect(r"In \[2\]: ")
            child.sendline("x")
            child.expect(r"Out\[2\]: 42")
            child.expect(r"In \[3\]: ")
            child.sendline("print('hello from glasspy')")
            child.expect("hello from glasspy")
            child.expect(r"In \[4\]: ")
            child.sendline("1/0")
            child.expect("ZeroDivisionError")
            child.expect(r"In \[5\]: ")
            child.sendline("input('Name? ')")
            child.expect("Name\\? ")
            child.sendline("Ada")
            child.expect(r"Out\[5\]: 'Ada'")
            child.expect(r"In \[6\]: ")
            child.sendline("exit")
            child.expect(pexpect.EOF)
        finally:
            child.close(force=True)


if __name__ == "__main__":
    unittest.main()
