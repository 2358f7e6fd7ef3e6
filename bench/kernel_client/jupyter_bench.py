"""Kernel benchmark through jupyter_client (run by bench/kernel.js).

For each kernel: the time from starting the process to its first kernel_info_reply
(median of several starts), the round trip of executing `pass` (execute_request to
execute_reply and the idle status, median), and for glasspy the time from
interrupt_request to the reply of a `while True: pass` cell.
"""
import json
import statistics
import sys
import time

import zmq
from jupyter_client import KernelManager
from jupyter_client.session import Session

STARTS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
TRIPS = int(sys.argv[3]) if len(sys.argv) > 3 else 200


def wait_reply(kc, msg_id, timeout=30):
    while True:
        m = kc.get_shell_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") == msg_id:
            return m


def wait_idle(kc, msg_id, timeout=30):
    while True:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return


def start(name):
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    msg_id = kc.kernel_info()
    wait_reply(kc, msg_id)
    return time.perf_counter() - t0, km, kc


def session_roundtrip(km):
    """The same round trip with jupyter_client's Session on plain blocking pyzmq sockets:
    what the kernel costs without KernelClient's asyncio polling (several ms a call here)."""
    info = km.get_connection_info()
    url = lambda port: "%s://%s%s%s" % (info["transport"], info["ip"], ":" if info["transport"] == "tcp" else "-", info[port])
    ctx = zmq.Context.instance()
    session = Session(key=info["key"], signature_scheme=info["signature_scheme"])
    shell = ctx.socket(zmq.DEALER)
    shell.connect(url("shell_port"))
    iopub = ctx.socket(zmq.SUB)
    iopub.setsockopt(zmq.SUBSCRIBE, b"")
    iopub.connect(url("iopub_port"))
    time.sleep(0.3)

    def trip():
        sent = session.send(shell, "execute_request", {"code": "pass", "silent": False, "store_history": True,
                                                       "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        mid = sent["header"]["msg_id"]
        replied = idle = False
        while not (replied and idle):
            if not replied:
                _, m = session.recv(shell, mode=0)
                replied = m is not None and m["parent_header"].get("msg_id") == mid
            while not idle:
                _, m = session.recv(iopub, mode=0)
                if m["parent_header"].get("msg_id") == mid and m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                    idle = True
    for _ in range(20):
        trip()
    times = []
    for _ in range(TRIPS):
        t0 = time.perf_counter()
        trip()
        times.append(time.perf_counter() - t0)
    shell.close(0)
    iopub.close(0)
    return statistics.median(times)


def bench(name):
    starts = []
    for _ in range(STARTS):
        t, km, kc = start(name)
        starts.append(t)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    _, km, kc = start(name)
    # Let iopub connect before timing.
    for _ in range(20):
        mid = kc.execute("pass")
        wait_reply(kc, mid)
        wait_idle(kc, mid)
    trips = []
    for _ in range(TRIPS):
        t0 = time.perf_counter()
        mid = kc.execute("pass")
        wait_reply(kc, mid)
        wait_idle(kc, mid)
        trips.append(time.perf_counter() - t0)
    result = {"kernel": name, "start_ms": statistics.median(starts) * 1000, "client_roundtrip_ms": statistics.median(trips) * 1000,
              "roundtrip_ms": session_roundtrip(km) * 1000}
    if name != "python3":
        lat = []
        for _ in range(5):
            mid = kc.execute("while True:\n    pass")
            time.sleep(0.3)
            t0 = time.perf_counter()
            km.interrupt_kernel()
            r = wait_reply(kc, mid)
            lat.append(time.perf_counter() - t0)
            assert r["content"]["ename"] == "KeyboardInterrupt", r["content"]
            wait_idle(kc, mid)
        result["interrupt_ms"] = statistics.median(lat) * 1000
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return result


if __name__ == "__main__":
    print(json.dumps([bench(n) for n in sys.argv[1].split(",")]))
