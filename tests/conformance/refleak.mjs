// Runs one conformance program under `glasspy --refleak=N` (engine/vm/refleak.ts) and reads
// the report it writes on stderr.  Shared by refleak.test.ts and tests/tools/refleak_scan.mjs.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONF, glasspyInvocation } from './common.mjs';

/** Reasons in refleak-known-failures.txt for programs the check does not run. */
export const SKIPPED = /^\s*(slow|stdin|exit|threads)\b/;

/** One warm-up and three measured runs, as regrtest's -R 1:3. */
export const RUNS = 4;

/** name -> reason, from refleak-known-failures.txt ("name  # reason" per line). */
export function refleakKnownFailures() {
  const m = new Map();
  const file = path.join(CONF, 'refleak-known-failures.txt');
  if (!fs.existsSync(file)) return m;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const [name, ...rest] = t.split('#');
    m.set(name.trim(), rest.join('#').trim());
  }
  return m;
}

/** The report's per-run deltas; regrtest's check_rc_deltas: a leak is growth in every measured run. */
function deltas(blocksText, refsText) {
  const nums = (t) => t.split(',').map((x) => Number(x.trim()));
  const blocks = nums(blocksText), refs = nums(refsText);
  return { blocks, refs, leaked: blocks.every((d) => d >= 1) || refs.every((d) => d >= 1) };
}

/**
 * Resolves to { blocks, refs, leaked, status, stderr, ms }: the deltas of the measured runs,
 * blocks/refs null when the report is missing (the program could not be run repeatedly).
 */
export function runRefleak(name, timeoutMs = 60000) {
  return new Promise((resolve) => {
    const run = glasspyInvocation(name);
    const args = [run.args[0], `--refleak=${RUNS}`, ...run.args.slice(1)];
    const child = spawn(run.command, args, { ...run.options, stdio: ['pipe', 'ignore', 'pipe'] });
    const err = [];
    const t0 = Date.now();
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      const m = /refleak: .*: memory blocks \[([^\]]*)\], references \[([^\]]*)\]\n/.exec(stderr);
      resolve({ ...(m ? deltas(m[1], m[2]) : { blocks: null, refs: null, leaked: false }), status: code ?? -1, stderr, ms: Date.now() - t0 });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(run.stdin);
  });
}

const REPORT = /refleak: (.*?): memory blocks \[([^\]]*)\], references \[([^\]]*)\]\n/g;

/**
 * Several programs in one interpreter (`glasspy --refleak=N --each ...`), which saves a
 * process start per program.  Resolves to name -> result for the programs that reported.
 */
function runBatch(names, timeoutMs = 240000) {
  return new Promise((resolve) => {
    const run = glasspyInvocation(names[0]);
    const files = names.map((n) => path.join('tests', 'conformance', `${n}.py`));
    const child = spawn(run.command, [run.args[0], `--refleak=${RUNS}`, '--each', ...files], { ...run.options, stdio: ['ignore', 'ignore', 'pipe'] });
    const err = [];
    const t0 = Date.now();
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      const results = new Map();
      for (const m of stderr.matchAll(REPORT)) {
        results.set(path.basename(m[1], '.py'), { ...deltas(m[2], m[3]), status: code ?? -1, stderr, ms: Date.now() - t0 });
      }
      resolve(results);
    });
  });
}

/**
 * Every name, in batches of one interpreter each with at most `pool` at a time; a program
 * that reads stdin runs alone with its .stdin file, and one whose batch died before it
 * reported runs again alone.
 */
export async function runAll(names, pool, batchSize = 20) {
  const results = new Map();
  const alone = names.filter((n) => fs.existsSync(path.join(CONF, `${n}.stdin`)));
  const batched = names.filter((n) => !alone.includes(n));
  const jobs = [];
  for (let i = 0; i < batched.length; i += batchSize) jobs.push(batched.slice(i, i + batchSize));
  for (const n of alone) jobs.push([n]);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (job.length === 1 && alone.includes(job[0])) { results.set(job[0], await runRefleak(job[0])); continue; }
      const got = await runBatch(job);
      for (const n of job) results.set(n, got.get(n) ?? await runRefleak(n));
    }
  };
  await Promise.all(Array.from({ length: pool }, worker));
  return results;
}
