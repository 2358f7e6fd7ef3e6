// Runs one conformance program under glasspy the way record_goldens.py runs it under CPython.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const CONF = path.join(ROOT, 'tests', 'conformance');

export interface Outcome { stdout: string; stderr: string; status: number }

export function normalise(s: string): string {
  return s.split(ROOT).join('<ROOT>').replace(/0x[0-9a-f]{6,}/g, '0xADDR');
}

export function runGlasspy(name: string, timeoutMs = 20000): Promise<Outcome> {
  return new Promise((resolve) => {
    const stdinPath = path.join(CONF, `${name}.stdin`);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), path.join('tests', 'conformance', `${name}.py`)], {
      cwd: ROOT, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [], err: Buffer[] = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout: normalise(Buffer.concat(out).toString('utf8')), stderr: normalise(Buffer.concat(err).toString('utf8')), status: code ?? -1 });
    });
    child.stdin.end(fs.existsSync(stdinPath) ? fs.readFileSync(stdinPath) : '');
  });
}

export function expected(name: string): Outcome {
  return JSON.parse(fs.readFileSync(path.join(CONF, 'expected', `${name}.json`), 'utf8'));
}

export function programs(): string[] {
  return fs.readdirSync(CONF).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
}

/** name -> reason, from known-failures.txt ("name  # reason" per line). */
export function knownFailures(): Map<string, string> {
  const file = path.join(CONF, 'known-failures.txt');
  const m = new Map<string, string>();
  if (!fs.existsSync(file)) return m;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const [name, ...rest] = t.split('#');
    m.set(name.trim(), rest.join('#').trim());
  }
  return m;
}
