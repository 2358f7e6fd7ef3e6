// npm run bench:kernel — the kernel's budgets (DESIGN.md): start to kernel_info_reply
// ≤ 500 ms and an execute round trip of `pass` ≤ 3 ms median, measured through
// jupyter_client for glasspy and, in the same run, ipykernel (the `python3` kernel).
// Installs the glasspy kernelspec into a temporary JUPYTER_PATH; needs a python3 with
// jupyter_client and ipykernel (Debian: python3-jupyter-client python3-ipykernel).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-bench-kernel-'));
const env = {
  ...process.env, JUPYTER_PATH: path.join(tmp, 'share', 'jupyter'), JUPYTER_RUNTIME_DIR: path.join(tmp, 'runtime'),
  GLASSPY_HISTORY: path.join(tmp, 'history.jsonl'), PYDEVD_DISABLE_FILE_VALIDATION: '1',
};
try {
  const inst = spawnSync(process.execPath, [path.join(root, 'bin', 'glasspy.js'), 'install', '--prefix', tmp], { env, encoding: 'utf8' });
  if (inst.status !== 0) throw new Error(`glasspy install failed: ${inst.stderr}`);
  const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import jupyter_client, ipykernel']).status === 0);
  if (python === undefined) throw new Error('needs a python3 with jupyter_client and ipykernel');
  const kernels = process.argv[2] ?? 'glasspy,python3';
  const r = spawnSync(python, [path.join(root, 'bench', 'kernel_client', 'jupyter_bench.py'), kernels, process.argv[3] ?? '5', process.argv[4] ?? '200'],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error('benchmark failed');
  const results = JSON.parse(r.stdout);
  const fmt = (x) => (x === undefined ? '' : x.toFixed(1).padStart(10));
  // exec ms: Session + blocking pyzmq; client ms: BlockingKernelClient (adds its own polling).
  console.log(`${'kernel'.padEnd(10)}${'start ms'.padStart(10)}${'exec ms'.padStart(10)}${'client ms'.padStart(10)}${'intr ms'.padStart(10)}`);
  for (const k of results) console.log(`${k.kernel.padEnd(10)}${fmt(k.start_ms)}${fmt(k.roundtrip_ms)}${fmt(k.client_roundtrip_ms)}${fmt(k.interrupt_ms)}`);
  const g = results.find((k) => k.kernel === 'glasspy');
  if (g) {
    console.log(`budgets: start ${g.start_ms.toFixed(0)} ms (≤ 500) ${g.start_ms <= 500 ? 'ok' : 'OVER'}; ` +
      `round trip ${g.roundtrip_ms.toFixed(2)} ms (≤ 3) ${g.roundtrip_ms <= 3 ? 'ok' : 'OVER'}` +
      (g.interrupt_ms === undefined ? '' : `; interrupt ${g.interrupt_ms.toFixed(0)} ms (≤ 100) ${g.interrupt_ms <= 100 ? 'ok' : 'OVER'}`));
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
