// `dis` and code objects against CPython 3.11, byte for byte.
//
// tests/dis/driver.py disassembles every function, class and the module of a corpus file
// (tests/dis/corpus/NAME.py): dis.dis text (also with show_caches=True and through
// dis.Bytecode), dis.code_info, get_instructions() as reprs, co_code, co_lines(),
// co_positions(), co_lnotab, findlinestarts/findlabels.  tests/tools/record_dis.py ran it
// under CPython 3.11 into tests/dis/expected/NAME.json; this suite runs the same driver with
// glasspy (from dist/, so `npm run build` first) and compares entry by entry, field by field.
// The programs in tests/dis/api/ (opcode tables and stack_effect, every form dis.dis accepts,
// Bytecode, tracebacks, code.replace() and equality, compile() modes/flags/optimize) are
// compared as whole outputs with tests/dis/expected/api_NAME.txt.
// Addresses (`<code object f at 0x...>`) and the checkout's path are normalised on both sides.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..');
const disDir = path.join(here, 'dis');
const expectedDir = path.join(disDir, 'expected');

const corpus = fs.readdirSync(path.join(disDir, 'corpus')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
const api = fs.readdirSync(path.join(disDir, 'api')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

/** As record_dis.py's normalise(): the checkout's path and addresses. */
function normalise(s: string): string {
  return s.split(root).join('<ROOT>').replace(/0x[0-9a-f]{6,}/g, '0xADDR');
}

interface Run { stdout: string; stderr: string; status: number }

// Two glasspy processes at a time: the machine has two cores.
const POOL = 2;
let running = 0;
const waiting: (() => void)[] = [];
function runGlasspy(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const start = () => {
      running++;
      const child = spawn(process.execPath, [path.join(root, 'bin', 'glasspy.js'), ...args], {
        cwd: disDir, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
      });
      const out: Buffer[] = [], err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('close', (status) => {
        running--;
        resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status: status ?? -1 });
        waiting.shift()?.();
      });
    };
    if (running < POOL) start(); else waiting.push(start);
  });
}

// The corpus goes through two driver processes (one per core): a process per file would
// spend most of its time starting up and warming up the JIT.
type Results = Record<string, Record<string, Record<string, unknown>>>;
const halves = [corpus.filter((_, i) => i % 2 === 0), corpus.filter((_, i) => i % 2 === 1)];
const corpusRuns = halves.map((names) => runGlasspy(['driver.py', ...names]).then((r): Results => {
  if (r.status !== 0) throw new Error(`driver.py ${names.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(normalise(r.stdout));
}));
const runs = new Map<string, Promise<Run>>();
for (const name of api) runs.set(`api_${name}`, runGlasspy([path.join('api', `${name}.py`)]));

describe('dis identical to CPython 3.11', () => {
  it('has a corpus of at least 400 functions and classes', () => {
    let entries = 0;
    for (const name of corpus) entries += Object.keys(JSON.parse(fs.readFileSync(path.join(expectedDir, `${name}.json`), 'utf8'))).length - 1;
    expect(entries).toBeGreaterThanOrEqual(400);
    expect(api.length).toBeGreaterThan(0);
  });
  for (const name of corpus) {
    const want: Record<string, Record<string, unknown>> = JSON.parse(fs.readFileSync(path.join(expectedDir, `${name}.json`), 'utf8'));
    const got = async () => (await corpusRuns[halves[0].includes(name) ? 0 : 1])[name];
    it(`${name}: the same entries`, async () => {
      expect(Object.keys(await got()).sort()).toEqual(Object.keys(want).sort());
    });
    for (const key of Object.keys(want)) {
      it(`${name}:${key}`, async () => {
        const entry = (await got())[key];
        expect(entry, `${key} missing`).toBeDefined();
        for (const field of Object.keys(want[key])) {
          expect(entry[field], `${name}:${key} ${field}`).toEqual(want[key][field]);
        }
      });
    }
  }
  for (const name of api) {
    it(`api/${name}.py`, async () => {
      const r = await runs.get(`api_${name}`)!;
      const text = normalise(r.stdout + (r.stderr ? `--- stderr\n${r.stderr}` : ''));
      expect(text).toBe(fs.readFileSync(path.join(expectedDir, `api_${name}.txt`), 'utf8'));
    });
  }
});
