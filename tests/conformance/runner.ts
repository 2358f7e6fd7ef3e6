// Runs one conformance program under glasspy the way record_goldens.py runs it under CPython.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, CONF, normalise, expected, glasspyInvocation } from './common.mjs';

export { ROOT, CONF, normalise, expected };

export interface Outcome { stdout: string; stderr: string; status: number }

// 60 s: the slowest program (tracemalloc_api, 5-9 s alone) came within a second of a 20 s
// limit while other test files ran beside it on a 2-core machine.
export function runGlasspy(name: string, timeoutMs = 60000): Promise<Outcome> {
  return new Promise((resolve) => {
    const run = glasspyInvocation(name);
    const child = spawn(run.command, run.args, { ...run.options, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [], err: Buffer[] = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout: normalise(Buffer.concat(out).toString('utf8')), stderr: normalise(Buffer.concat(err).toString('utf8')), status: code ?? -1 });
    });
    child.stdin.end(run.stdin);
  });
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
