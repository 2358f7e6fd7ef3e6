"""Record the layout of CPython 3.11's sys._debugmallocstats() report into
tests/memory/expected/debugmallocstats_layout.txt: each line with every number (and the
spaces before it) replaced by ' #', and the per-size-class table rows dropped, since which
classes appear depends on the program.  Column widths are checked separately by the test."""
import os
import re
import subprocess
import sys

assert sys.version_info[:2] == (3, 11)
err = subprocess.run([sys.executable, '-c', 'import sys; sys._debugmallocstats()'], capture_output=True, text=True).stderr
lines = [ln for ln in err.split('\n') if not re.match(r'^ +\d+ +\d+ +\d+ +\d+ +\d+$', ln)]
layout = '\n'.join(re.sub(r'\s*[\d,]+', ' #', ln) for ln in lines)
with open(os.path.join('tests', 'memory', 'expected', 'debugmallocstats_layout.txt'), 'w') as f:
    f.write(layout)
print(len(lines), 'lines')
