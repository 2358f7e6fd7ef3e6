// The kernel in a real browser front end: Debian's Jupyter Notebook server and headless
// Chromium, driven by playwright-core.  A user opens a notebook on the glasspy kernel,
// runs a cell with Shift-Enter and reads its output — over the same websocket and
// messaging protocol JupyterLab uses.  Needs Debian's jupyter-notebook and chromium
// (.ci/run installs them); without them the test fails, naming what is missing.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { GLASSPY, jupyterEnv } from './client.js';

const CHROMIUM = '/usr/bin/chromium';
const NOTEBOOK = '/usr/bin/jupyter-notebook';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHttp(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

describe('the glasspy kernel in Jupyter Notebook in a browser', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-browser-'));
  const env = jupyterEnv(tmp, { HOME: tmp });
  const token = 'glasspy-browser-test';
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  let port = 0;

  beforeAll(async () => {
    for (const [file, pkg] of [[CHROMIUM, 'chromium'], [NOTEBOOK, 'jupyter-notebook']]) {
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: apt-get install ${pkg} (as .ci/run does)`);
    }
    const inst = spawnSync(process.execPath, [GLASSPY, 'install', '--prefix', path.join(tmp, 'prefix')], { env, encoding: 'utf8' });
    expect(inst.status, inst.stderr).toBe(0);
    fs.writeFileSync(path.join(tmp, 'lesson.ipynb'), JSON.stringify({
      nbformat: 4, nbformat_minor: 5,
      metadata: { kernelspec: { name: 'glasspy', display_name: 'Python 3.11 (glasspy)', language: 'python' } },
      cells: [{ cell_type: 'code', id: 'c1', metadata: {}, execution_count: null, outputs: [],
        source: 'import sys\nnumbers = [1, 2, 3]\nprint(sys.implementation.name, sum(numbers) * 7)' }],
    }));
    port = await freePort();
    server = spawn(NOTEBOOK, ['--no-browser', `--port=${port}`, '--ip=127.0.0.1', `--NotebookApp.token=${token}`,
      `--notebook-dir=${tmp}`, '--allow-root'], { env, stdio: 'ignore' });
    await waitForHttp(`http://127.0.0.1:${port}/api?token=${token}`, 30_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('opens a notebook on glasspy, runs a cell with Shift-Enter and shows its output', async () => {
    const page = await browser!.newPage();
    await page.goto(`http://127.0.0.1:${port}/notebooks/lesson.ipynb?token=${token}`);
    // The kernel indicator turns idle once the kernel has started and answered kernel_info.
    await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 60_000 });
    expect(await page.textContent('.kernel_indicator_name')).toContain('Python 3.11 (glasspy)');
    await page.click('.cell .input_area');
    await page.keyboard.press('Shift+Enter');
    const out = await page.waitForSelector('.output_subarea.output_stream', { timeout: 60_000 });
    expect((await out.textContent())?.trim()).toBe('glasspy 42');
    expect(await page.textContent('.cell .input_prompt')).toContain('[1]');
  }, 180_000);
});
