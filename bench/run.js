// Benchmarks: each bench/*.py under python3 and glasspy in the same run; checks the outputs
// agree and prints each time ratio and their geometric mean, plus `-c pass` start-up time.
// node bench/run.js [--repeat N] [--only NAME] [--check]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const repeat = Number(opt('--repeat', '3'));
const only = opt('--only', null);
const check = args.includes('--check');
const glasspy = [process.execPath, path.join(root, 'bin', 'glasspy.js')];

function timeRun(cmd, argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 });
  return { s: Number(process.hrtime.bigint() - t) / 1e9, out: r.stdout, err: r.stderr, status: r.status };
}
function best(cmd, argv) {
  let b = null;
  for (let i = 0; i < repeat; i++) {
    const r = timeRun(cmd, argv);
    if (b === null || r.s < b.s) b = r;
    if (r.status !== 0) return r;
  }
  return b;
}

const progs = fs.readdirSync(here).filter((f) => f.endsWith('.py') && (!only || f === `${only}.py`)).sort();
const ratios = [];
const failures = [];
console.log(`${'program'.padEnd(18)} ${'python3 s'.padStart(10)} ${'glasspy s'.padStart(10)} ${'ratio'.padStart(7)}`);
for (const f of progs) {
  const file = path.join('bench', f);
  const py = best('python3', [file]);
  const gp = best(glasspy[0], [glasspy[1], file]);
  const name = f.slice(0, -3);
  if (gp.status !== 0 || gp.out !== py.out) {
    failures.push(name);
    console.log(`${name.padEnd(18)} ${py.s.toFixed(3).padStart(10)} ${'FAILED'.padStart(10)}   output differs or error: ${(gp.err || '').split('\n').slice(-2).join(' ').slice(0, 120)}`);
    continue;
  }
  const ratio = gp.s / py.s;
  ratios.push(ratio);
  console.log(`${name.padEnd(18)} ${py.s.toFixed(3).padStart(10)} ${gp.s.toFixed(3).padStart(10)} ${ratio.toFixed(2).padStart(6)}x`);
}
const geo = ratios.length ? Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length) : NaN;
console.log(`geometric mean ratio (glasspy / python3) over ${ratios.length} programs: ${geo.toFixed(2)}x` + (failures.length ? `  (excluded failures: ${failures.join(', ')})` : ''));
const startups = (cmd, argv) => { const ts = []; for (let i = 0; i < 10; i++) ts.push(timeRun(cmd, argv).s); ts.sort((a, b) => a - b); return ts[5]; };
const gStart = startups(glasspy[0], [glasspy[1], '-c', 'pass']);
const pStart = startups('python3', ['-c', 'pass']);
console.log(`startup -c pass: glasspy ${(gStart * 1000).toFixed(0)} ms, python3 ${(pStart * 1000).toFixed(0)} ms`);
if (check && (geo > 1.5 || gStart > 0.15 || failures.length)) process.exitCode = 1;
