// Runs the conformance corpus under glasspy and rewrites tests/conformance/known-failures.txt
// to exactly the programs that do not match CPython (keeping existing reasons).
// node tests/tools/update_known_failures.mjs [--check]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CONF = path.join(ROOT, 'tests', 'conformance');
const norm = (s) => s.split(ROOT).join('<ROOT>').replace(/0x[0-9a-f]{6,}/g, '0xADDR');

function run(name) {
  return new Promise((resolve) => {
    const stdinPath = path.join(CONF, `${name}.stdin`);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), path.join('tests', 'conformance', `${name}.py`)], { cwd: ROOT, env: { ...process.env, PYTHONHASHSEED: '0' } });
    const out = [], err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const t = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.on('close', (code) => { clearTimeout(t); resolve({ stdout: norm(Buffer.concat(out).toString()), stderr: norm(Buffer.concat(err).toString()), status: code ?? -1 }); });
    child.stdin.end(fs.existsSync(stdinPath) ? fs.readFileSync(stdinPath) : '');
  });
}

const names = fs.readdirSync(CONF).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
const kfPath = path.join(CONF, 'known-failures.txt');
const reasons = new Map();
if (fs.existsSync(kfPath)) {
  for (const line of fs.readFileSync(kfPath, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const [n, ...r] = t.split('#');
    reasons.set(n.trim(), r.join('#').trim());
  }
}
const failing = [];
let i = 0;
async function worker() {
  while (i < names.length) {
    const name = names[i++];
    const got = await run(name);
    const want = JSON.parse(fs.readFileSync(path.join(CONF, 'expected', `${name}.json`), 'utf8'));
    if (got.stdout !== want.stdout || got.stderr !== want.stderr || got.status !== want.status) failing.push(name);
  }
}
await Promise.all([worker(), worker(), worker()]);
failing.sort();
const header = '# Conformance programs that do not yet match CPython 3.11, one per line with the reason.\n# Regenerate with: node tests/tools/update_known_failures.mjs\n';
fs.writeFileSync(kfPath, header + failing.map((n) => `${n}  # ${reasons.get(n) || 'new'}`).join('\n') + (failing.length ? '\n' : ''));
console.log(`${names.length - failing.length}/${names.length} match CPython; ${failing.length} known failures`);
