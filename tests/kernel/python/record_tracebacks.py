"""Record ipykernel's error tracebacks for tests/kernel/traceback_cells.py's cells.

Runs each cell, in order, in one fresh ipykernel (the Debian `python3` kernel) and writes
tests/kernel/expected/tracebacks.json: [{"code": ..., "traceback": [...]}].  IPython 8.5
labels cells "In [n]"; IPython 8.6+ (what glasspy follows) writes "In[n]", so the label is
rewritten.  Run with /usr/bin/python3 (needs jupyter_client and ipykernel).
"""
import json
import os
import re
import sys

import jupyter_client

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from traceback_cells import CELLS  # noqa: E402

km, kc = jupyter_client.manager.start_new_kernel(kernel_name="python3")
out = []
try:
    for code in CELLS:
        msg_id = kc.execute(code)
        tb = None
        while True:
            m = kc.get_iopub_msg(timeout=30)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "error":
                tb = [re.sub(r"In \[(\d+)\]", r"In[\1]", line) for line in m["content"]["traceback"]]
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        kc.get_shell_msg(timeout=30)
        out.append({"code": code, "traceback": tb})
finally:
    kc.stop_channels()
    km.shutdown_kernel()
with open(os.path.join(HERE, "..", "expected", "tracebacks.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
