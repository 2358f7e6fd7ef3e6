// Show how glasspy's run of a conformance program differs from CPython's golden output.
//   node tools/conf-diff.mjs NAME [NAME ...]     (needs `npm run build` first)
// Prints "ok NAME" or a unified diff of stdout / stderr and the two exit statuses.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { spawnSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CONF = path.join(ROOT, 'tests', 'conformance');
// Same normalisation as tests/conformance/runner.ts and record_goldens.py.
const normalise = (s) => s.split(ROOT).join('<ROOT>').replace(/0x[0-9a-f]{6,}/g, '0xADDR');
const expected = (name) => JSON.parse(fs.readFileSync(path.join(CONF, 'expected', `${name}.json`), 'utf8'));
function runGlasspy(name) {
  const stdinPath = path.join(CONF, `${name}.stdin`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), path.join('tests', 'conformance', `${name}.py`)], {
    cwd: ROOT, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' }, timeout: 30000,
    input: fs.existsSync(stdinPath) ? fs.readFileSync(stdinPath) : '',
  });
  return { stdout: normalise(r.stdout.toString('utf8')), stderr: normalise(r.stderr.toString('utf8')), status: r.status ?? -1 };
}

function diff(label, want, got) {
  if (want === got) return '';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'confdiff-'));
  fs.writeFileSync(path.join(dir, 'cpython'), want);
  fs.writeFileSync(path.join(dir, 'glasspy'), got);
  try { execFileSync('diff', ['-u', 'cpython', 'glasspy'], { cwd: dir }); return ''; }
  catch (e) { return `--- ${label}\n${e.stdout}`; }
  finally { fs.rmSync(dir, { recursive: true }); }
}

let bad = 0;
for (const name of process.argv.slice(2)) {
  const want = expected(name), got = runGlasspy(name);
  const out = diff('stdout', want.stdout, got.stdout) + diff('stderr', want.stderr, got.stderr)
    + (want.status === got.status ? '' : `--- status: cpython ${want.status}, glasspy ${got.status}\n`);
  if (out) { bad++; console.log(`FAIL ${name}\n${out}`); } else console.log(`ok ${name}`);
}
process.exitCode = bad ? 1 : 0;
