// glasspy with the real Jupyter tools: `glasspy install` into a temporary prefix, then
// jupyter_client's kernelspec machinery, jupyter_kernel_test, nbclient / `jupyter execute`
// and `jupyter console` (tests/kernel/python/*.py) run against it, and every magic is run
// through jupyter_client and checked by content (test_magics.py).  The Python side
// needs Debian's python3-jupyter-client python3-nbclient python3-jupyter-kernel-test
// jupyter-console python3-pexpect (.ci/run installs them); missing ones fail the test.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, GLASSPY, jupyterEnv } from './client.js';

const PY_DIR = path.join(ROOT, 'tests', 'kernel', 'python');
const NEEDED = 'import jupyter_client, nbclient, nbformat, jupyter_kernel_test, pexpect, jupyter_console, IPython';

function findPython(): string | null {
  for (const py of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(py, ['-c', NEEDED]).status === 0) return py;
  }
  return null;
}

describe('glasspy install and the real Jupyter client', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-jupyter-'));
  const env = jupyterEnv(tmp, { IPYTHONDIR: path.join(tmp, 'ipython'), PYDEVD_DISABLE_FILE_VALIDATION: '1' });
  const glasspy = (...args: string[]) => spawnSync(process.execPath, [GLASSPY, ...args], { env, encoding: 'utf8' });
  const python = findPython();

  beforeAll(() => {
    const r = glasspy('install', '--prefix', path.join(tmp, 'prefix'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  afterAll(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

  it('writes kernel.json and the logos', () => {
    const dir = path.join(tmp, 'prefix', 'share', 'jupyter', 'kernels', 'glasspy');
    const spec = JSON.parse(fs.readFileSync(path.join(dir, 'kernel.json'), 'utf8'));
    expect(spec).toEqual({
      argv: [process.execPath, GLASSPY, 'kernel', '-f', '{connection_file}'],
      display_name: 'Python 3.11 (glasspy)', language: 'python', interrupt_mode: 'message', metadata: { debugger: false },
    });
    for (const [f, magic] of [['logo-32x32.png', '\x89PNG'], ['logo-64x64.png', '\x89PNG'], ['logo-svg.svg', '<svg']]) {
      expect(fs.readFileSync(path.join(dir, f), 'latin1').startsWith(magic)).toBe(true);
    }
    const png = fs.readFileSync(path.join(dir, 'logo-64x64.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
  });

  it('install --user, --name, --display-name and --help; bad arguments', () => {
    const r = glasspy('install', '--user', '--name', 'gp-test', '--display-name', 'Glass test');
    expect(r.status).toBe(0);
    const spec = JSON.parse(fs.readFileSync(path.join(tmp, 'data', 'kernels', 'gp-test', 'kernel.json'), 'utf8'));
    expect(spec.display_name).toBe('Glass test');
    const h = glasspy('install', '--help');
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/^usage: glasspy install \[-h\] \[--user \| --sys-prefix \| --prefix PREFIX\]/);
    const bad = glasspy('install', '--user', '--prefix', '/x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('argument --prefix: not allowed with argument --user');
    expect(glasspy('install', '--bogus').stderr).toContain('unrecognized arguments: --bogus');
  });

  it('has the Jupyter Python packages (install them as .ci/run does)', () => {
    expect(python, `no python3 with ${NEEDED}`).not.toBeNull();
  });

  const unittest = (module: string) => {
    const r = spawnSync(python!, ['-m', 'unittest', '-v', module], { cwd: PY_DIR, env, encoding: 'utf8', timeout: 600_000 });
    expect(r.status, `${module}:\n${r.stdout}\n${r.stderr}`).toBe(0);
    return r;
  };

  it('jupyter_client finds the kernelspec; jupyter kernelspec remove uninstalls', () => {
    if (python === null) throw new Error('no Jupyter Python packages');
    const list = spawnSync(python, ['-m', 'jupyter_client.kernelspecapp', 'list', '--json'], { env, encoding: 'utf8' });
    const specs = JSON.parse(list.stdout).kernelspecs;
    expect(specs.glasspy.spec.display_name).toBe('Python 3.11 (glasspy)');
    const rm = spawnSync(python, ['-m', 'jupyter_client.kernelspecapp', 'remove', '-y', 'gp-test'], { env, encoding: 'utf8' });
    expect(rm.status, rm.stderr).toBe(0);
    expect(fs.existsSync(path.join(tmp, 'data', 'kernels', 'gp-test'))).toBe(false);
  });

  it('passes jupyter_kernel_test.KernelTests', () => {
    if (python === null) throw new Error('no Jupyter Python packages');
    const r = unittest('test_kernel_tests');
    expect(r.stderr).toMatch(/Ran 12 tests/);
    expect(r.stderr).not.toMatch(/skipped/);
  });

  it('runs notebooks with nbclient and jupyter execute', () => {
    if (python === null) throw new Error('no Jupyter Python packages');
    unittest('test_nbclient');
  });

  it('runs every magic of %lsmagic through jupyter_client, checked by content (test_magics.py)', () => {
    if (python === null) throw new Error('no Jupyter Python packages');
    const r = unittest('test_magics');
    expect(r.stderr).toMatch(/test_every_listed_magic_is_checked \S+ \.\.\. ok/);
  });

  // jupyter console executes the moment its prompt shows and waits for the cell's idle on
  // iopub: under load its SUB socket used to join after that idle was published and the
  // console waited for ever.  The kernel now holds iopub until a subscriber is there
  // (kernel/transport.ts; tests/kernel/kernel.test.ts "a client whose iopub joins late").
  it('works in jupyter console', () => {
    if (python === null) throw new Error('no Jupyter Python packages');
    unittest('test_console');
  });
});
