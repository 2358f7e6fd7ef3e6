// npm run bench:repl — the REPL's start-up and interrupt latency in a real pseudo-terminal
// (node-pty), the way a user meets them: from starting `glasspy` to the first `>>> `
// prompt (budget 400 ms, DESIGN.md), and from Ctrl-C to KeyboardInterrupt while
// `while True: pass` runs (budget 100 ms).  Medians of several runs; python3's own REPL
// start is measured in the same run for comparison.
import * as pty from 'node-pty';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const strip = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z~]/g, '');

function session(cmd, args) {
  const p = pty.spawn(cmd, args, { name: 'xterm-256color', cols: 100, rows: 30, cwd: root, env: { ...process.env, XDG_DATA_HOME: '/tmp/glasspy-bench-repl' } });
  let out = '';
  p.onData((d) => { out += d; });
  const waitFor = (re, from = 0, ms = 20_000) => new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = () => {
      if (re.test(strip(out.slice(from)))) return resolve(performance.now());
      if (Date.now() - t0 > ms) return reject(new Error(`timed out waiting for ${re}: ${strip(out).slice(-300)}`));
      setTimeout(tick, 1);
    };
    tick();
  });
  return { p, waitFor, get length() { return out.length; } };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startup(cmd, args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const s = session(cmd, args);
    const t1 = await s.waitFor(/>>> /);
    times.push(t1 - t0);
    s.p.kill();
  }
  return median(times);
}

async function interrupt() {
  const times = [];
  const s = session(process.execPath, [path.join(root, 'bin', 'glasspy.js'), '--no-history']);
  await s.waitFor(/>>> /);
  for (let i = 0; i < RUNS; i++) {
    s.p.write('while True: pass\r');
    await new Promise((r) => setTimeout(r, 300));
    const from = s.length;
    const t0 = performance.now();
    s.p.write('\x03');
    const t1 = await s.waitFor(/KeyboardInterrupt/, from);
    times.push(t1 - t0);
    await s.waitFor(/>>> /, from);
  }
  s.p.kill();
  return median(times);
}

const glasspy = await startup(process.execPath, [path.join(root, 'bin', 'glasspy.js'), '--no-history']);
const python = await startup('python3', ['-q']);
const intr = await interrupt();
console.log(`REPL start to prompt   glasspy ${glasspy.toFixed(0)} ms   python3 ${python.toFixed(0)} ms   budget 400 ms ${glasspy <= 400 ? 'ok' : 'OVER'}`);
console.log(`Ctrl-C to KeyboardInterrupt   ${intr.toFixed(0)} ms   budget 100 ms ${intr <= 100 ? 'ok' : 'OVER'}`);
