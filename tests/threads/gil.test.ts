// The modelled GIL (engine/vm/threads.ts) where CPython has no knob to compare with: the
// deterministic mode, CPython 3.11's eval-breaker placement (which decides whether
// `counter += 1` loses updates), timing ratios within one run, and Ctrl-C in the main thread.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'glasspy.js');

function run(code: string): string {
  const r = spawnSync(process.execPath, [BIN, '-c', code], { encoding: 'utf8', timeout: 90_000 });
  if (r.status !== 0) throw new Error(`status ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const RACE = `
import sys, threading, _glasspy_gil
MODE
counter = 0
def plus_equals(n):
    global counter
    for _ in range(n):
        counter += 1
def plus_call(n):
    global counter
    for _ in range(n):
        counter = counter + int(1)
lock = threading.Lock()
def locked(n):
    global counter
    for _ in range(n):
        with lock:
            counter = counter + int(1)
for target in (plus_equals, plus_call, locked):
    counter = 0
    ts = [threading.Thread(target=target, args=(20000,)) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(target.__name__, counter)
`;

function counts(out: string): Record<string, number> {
  const r: Record<string, number> = {};
  for (const line of out.trim().split('\n')) {
    const [k, v] = line.split(' ');
    r[k] = Number(v);
  }
  return r;
}

describe('the GIL', () => {
  it('switches only where CPython 3.11 checks the eval breaker (deterministic mode)', () => {
    const out = run(RACE.replace('MODE', '_glasspy_gil.set_deterministic(1)'));
    const c = counts(out);
    // The load and the store of `counter += 1` have no check between them.
    expect(c.plus_equals).toBe(80000);
    // A call of a native checks after it: a switch lands between the load and the store.
    expect(c.plus_call).toBeLessThan(80000);
    expect(c.locked).toBe(80000);
    // Reproducible: the same switch points every run.
    expect(run(RACE.replace('MODE', '_glasspy_gil.set_deterministic(1)'))).toBe(out);
  });

  it('loses updates in real time with a tiny switch interval, as CPython 3.11 does', () => {
    const c = counts(run(RACE.replace('MODE', 'sys.setswitchinterval(1e-6)')));
    expect(c.plus_equals).toBe(80000);
    expect(c.plus_call).toBeLessThan(80000);
    expect(c.locked).toBe(80000);
  });

  it('switches after N instructions in the deterministic mode', () => {
    // Each turn of the loop is 9 instructions (FOR_ITER, STORE_FAST, PUSH_NULL, LOAD_FAST,
    // LOAD_FAST, PRECALL, CALL, POP_TOP, JUMP_BACKWARD): 90 instructions are 10 appends.
    const code = `
import threading, _glasspy_gil
_glasspy_gil.set_deterministic(90, anywhere=ANYWHERE)
log = []
def worker(name):
    app = log.append
    for i in range(600):
        app(name)
ts = [threading.Thread(target=worker, args=(n,)) for n in 'AB']
before = _glasspy_gil.switch_count()
for t in ts: t.start()
for t in ts: t.join()
runs = []
prev = None
for x in log:
    if x == prev: runs[-1] += 1
    else: runs.append(1); prev = x
print(_glasspy_gil.switch_count() - before, _glasspy_gil.deterministic(), _glasspy_gil.anywhere())
print(*runs)
`;
    for (const anywhere of ['False', 'True']) {
      const out = run(code.replace('ANYWHERE', anywhere));
      const [head, runLine] = out.trim().split('\n');
      const [n, mode, any] = head.split(' ');
      expect(mode).toBe('90');
      expect(any).toBe(anywhere);
      const runs = runLine.split(' ').map(Number);
      // While both threads run (not in the first two runs, when the main thread still
      // starts the second one, nor in the last two: the first thread ends during the
      // second-last), a turn is 90 instructions: at the breaker check after it (the CALL or
      // the backward jump) exactly 10 appends; anywhere, 9 or 10 as the turn ends
      // mid-iteration.
      const middle = runs.slice(2, -2);
      expect(middle.length).toBeGreaterThan(100);
      for (const r of middle) {
        if (anywhere === 'False') expect(r).toBe(10);
        else expect([9, 10]).toContain(r);
      }
      expect(Number(n)).toBeGreaterThanOrEqual(runs.length - 1);
      // Reproducible: the same switch points every run.
      expect(run(code.replace('ANYWHERE', anywhere))).toBe(out);
    }
  });

  it('may switch inside `counter += 1` only when told to switch anywhere', () => {
    const code = `
import threading, _glasspy_gil
counter = 0
def plus_equals(n):
    global counter
    for _ in range(n):
        counter += 1
for anywhere in (False, True):
    _glasspy_gil.set_deterministic(7, anywhere=anywhere)
    counter = 0
    ts = [threading.Thread(target=plus_equals, args=(20000,)) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(counter)
_glasspy_gil.set_deterministic(0)
print(_glasspy_gil.deterministic(), _glasspy_gil.anywhere())
`;
    const [atBreaker, anywhere, off] = run(code).trim().split('\n');
    expect(atBreaker).toBe('80000');
    expect(Number(anywhere)).toBeLessThan(80000);
    expect(off).toBe('0 False');
  });

  it('checks set_deterministic()\'s arguments', () => {
    const out = run(`
import _glasspy_gil
for args in [(), (-1,), ('3',), (1, 2, 3)]:
    try:
        _glasspy_gil.set_deterministic(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
`);
    expect(out).toBe([
      'TypeError set_deterministic expected at least 1 argument, got 0',
      'ValueError the number of instructions must be non-negative',
      "TypeError 'str' object cannot be interpreted as an integer",
      'TypeError set_deterministic() takes at most 2 positional arguments (3 given)',
      '',
    ].join('\n'));
  });

  it('gives CPU-bound threads no speed-up and overlaps sleeping ones', () => {
    const out = run(`
import threading, time, _glasspy_gil
def spin(n):
    while n:
        n -= 1
N = 300000
t0 = time.perf_counter(); spin(N); spin(N); serial = time.perf_counter() - t0
before = _glasspy_gil.switch_count()
ws = [threading.Thread(target=spin, args=(N,)) for _ in range(2)]
t0 = time.perf_counter(); c0 = time.process_time()
for w in ws: w.start()
for w in ws: w.join()
threaded = time.perf_counter() - t0
print(threaded / serial, time.process_time() - c0, threaded, _glasspy_gil.switch_count() - before)
t0 = time.perf_counter()
ws = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(3)]
for w in ws: w.start()
for w in ws: w.join()
print(time.perf_counter() - t0)
`);
    const [ratio, cpu, wall, switches, sleeps] = out.trim().split(/\s+/).map(Number);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(3);
    // A switch when the other thread has waited 5 ms: at most one per 5 ms of wall time, and
    // at least one per 5 ms the running thread computed (the machine may be busy, so the
    // process can get less CPU than wall time).  The slack covers the hand-overs that are not
    // the interval's: the main thread blocking in each join() and each worker's exit (4), and
    // the 5 ms periods that straddle the start and the end of the measured stretch.
    expect(switches).toBeLessThanOrEqual(wall / 0.005 + 8);
    expect(switches).toBeGreaterThanOrEqual((cpu / 0.005) * 0.4);
    expect(sleeps).toBeLessThan(1.0);
  });
});

describe('Ctrl-C and threads (SessionHost)', async () => {
  const { SessionHost } = await import(path.join(ROOT, 'dist', 'engine', 'host', 'host.js'));

  it('raises KeyboardInterrupt in the main thread during join() and time.sleep()', async () => {
    const h = new SessionHost({ stream: () => {}, display: () => {}, inputRequest: () => {} });
    await h.start();
    expect((await h.execute('import threading, time', {}, false)).status).toBe('ok');
    for (const wait of ['t.join()', 'time.sleep(10)']) {
      const t0 = Date.now();
      setTimeout(() => h.interrupt(), 300);
      const r = await h.execute(`t = threading.Thread(target=time.sleep, args=(3,), daemon=True)\nt.start()\n${wait}`, {}, false);
      expect(r.status).toBe('error');
      expect(r.error.ename).toBe('KeyboardInterrupt');
      expect(Date.now() - t0).toBeLessThan(2500);
    }
    const after = await h.execute('print(threading.active_count() >= 1)', {}, false);
    expect(after.status).toBe('ok');
    await h.stop();
  });
});

describe('threads after a cell (SessionHost)', async () => {
  const { SessionHost } = await import(path.join(ROOT, 'dist', 'engine', 'host', 'host.js'));

  it('keep running between cells and their output is streamed', async () => {
    const out: string[] = [];
    const h = new SessionHost({ stream: (_n: string, t: string) => out.push(t), display: () => {}, inputRequest: () => {} });
    await h.start();
    const code = 'import threading, time\ndef tick():\n    for i in range(3):\n        time.sleep(0.1)\n        print("tick", i)\nt = threading.Thread(target=tick)\nt.start()\nprint("cell done")';
    expect((await h.execute(code, {}, false)).status).toBe('ok');
    expect(out.join('')).toBe('cell done\n');
    const t0 = Date.now();
    while (!out.join('').includes('tick 2') && Date.now() - t0 < 10_000) await new Promise((res) => setTimeout(res, 20));
    expect(out.join('')).toBe('cell done\ntick 0\ntick 1\ntick 2\n');
    out.length = 0;
    await h.execute('print(t.is_alive(), threading.active_count())', {}, false);
    expect(out.join('')).toBe('False 1\n');
    await h.stop();
  });

  it('run while input() waits for the answer', async () => {
    const out: string[] = [];
    const h = new SessionHost({
      stream: (_n: string, t: string) => out.push(t), display: () => {},
      inputRequest: () => setTimeout(() => h.inputReply('hello'), 600),
    });
    await h.start();
    const code = 'import threading, time\ndef tick():\n    for i in range(3):\n        time.sleep(0.05)\n        print("tick", i)\nt = threading.Thread(target=tick)\nt.start()\nx = input("name? ")\nprint("got", x)\nt.join()';
    const r = await h.execute(code, {}, true);
    expect(r.status).toBe('ok');
    expect(out.join('')).toBe('tick 0\ntick 1\ntick 2\ngot hello\n');
    await h.stop();
  });
});
