// Show how glasspy's run of a conformance program differs from CPython's golden output.
//   node tools/conf-diff.mjs NAME [NAME ...]     (needs `npm run build` first)
// Prints "ok NAME" or a unified diff of stdout / stderr and the two exit statuses.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { normalise, expected, glasspyInvocation } from '../tests/conformance/common.mjs';

function runGlasspy(name) {
  const run = glasspyInvocation(name);
  const r = spawnSync(run.command, run.args, { ...run.options, timeout: 30000, input: run.stdin });
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
