// The GIL around blocking I/O (engine/vm/threads.ts, "Blocking I/O"): where a file, a
// standard stream or input() hands the GIL to a waiting thread, in the deterministic mode
// (exact: CPython 3.11's system-call points of a buffered file) and in real time (a call
// that lasts lets the waiting thread run; a fast one does not need to), and threads that
// keep running while `glasspy script.py` waits in input() on a pipe.
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'glasspy.js');

function run(code: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, '-c', code, ...args], { encoding: 'utf8', timeout: 90_000 });
  if (r.status !== 0) throw new Error(`status ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-gil-io-'));

// A thread spinning on the CPU waits for the GIL the whole time; `probe` tells whether it
// got a turn during one call.  With 1000 instructions per turn, the main thread's few
// instructions between calls never use its turn up: only I/O hands the GIL over.
const PROBES = `
import threading, _glasspy_gil, sys
_glasspy_gil.set_deterministic(1000)
spins = 0
stop = False
def spin():
    global spins
    while not stop:
        spins += 1
path = sys.argv[1]
t = threading.Thread(target=spin)
t.start()
def probe(label, fn):
    a = spins
    r = fn()
    print(label, 'hands over' if spins > a else 'keeps the GIL')
    return r
f = probe('open', lambda: open(path, 'w'))
probe('small write', lambda: f.write('x' * 100 + '\\n'))
probe('small write', lambda: f.write('y' * 100 + '\\n'))
probe('write filling the 8 KiB buffer', lambda: f.write('z' * 9000 + '\\n'))
probe('small write', lambda: f.write('w\\n'))
probe('flush', lambda: f.flush())
probe('flush with nothing buffered', lambda: f.flush())
probe('close', lambda: f.close())
g = probe('open', lambda: open(path))
probe('readline (fills the buffer)', lambda: g.readline())
probe('readline from the buffer', lambda: g.readline())
probe('readline past the buffer', lambda: g.readline())
probe('read() to the end', lambda: g.read())
probe('close', lambda: g.close())
probe('print (block-buffered pipe)', lambda: print('printed'))
stop = True
t.join()
`;

describe('the GIL around I/O', () => {
  it('is handed over where a buffered file makes a system call (deterministic mode)', () => {
    const out = run(PROBES, path.join(tmp, 'probes.txt'));
    expect(out).toBe([
      'open hands over',
      'small write keeps the GIL',
      'small write keeps the GIL',
      'write filling the 8 KiB buffer hands over',
      'small write keeps the GIL',
      'flush hands over',
      'flush with nothing buffered keeps the GIL',
      'close hands over',
      'open hands over',
      'readline (fills the buffer) hands over',
      'readline from the buffer keeps the GIL',
      'readline past the buffer hands over',
      'read() to the end hands over',
      'close hands over',
      'printed',
      'print (block-buffered pipe) keeps the GIL',
      '',
    ].join('\n'));
    expect(run(PROBES, path.join(tmp, 'probes.txt'))).toBe(out);
  });

  it('lets a waiting thread run during a long read, in real time', () => {
    const big = path.join(tmp, 'big.bin');
    fs.writeFileSync(big, Buffer.alloc(20 << 20, 120));
    const out = run(`
import threading, sys, time, _glasspy_gil
spins = 0
stop = False
def spin():
    global spins
    while not stop:
        spins += 1
t = threading.Thread(target=spin)
t.start()
time.sleep(0.02)
got = 0
for i in range(5):
    a = spins
    with open(sys.argv[1], 'rb') as f:
        n = len(f.read())
    got += spins > a
stop = True
t.join()
print(n, got)
`, big);
    // Reading 20 MiB takes milliseconds: the spinning thread gets the GIL every time.
    expect(out).toBe(`${20 << 20} 5\n`);
  });

  it('shows I/O as the reason in %gil', async () => {
    const { SessionHost } = await import(path.join(ROOT, 'dist', 'engine', 'host', 'host.js'));
    const displays: { data: Record<string, string> }[] = [];
    const h = new SessionHost({ stream: () => {}, display: (m: { data: Record<string, string> }) => displays.push(m), inputRequest: () => {} });
    await h.start();
    const file = path.join(tmp, 'magic.txt').replace(/\\/g, '/');
    const code = `%%gil
import threading, _glasspy_gil
_glasspy_gil.set_deterministic(500)
stop = False
def spin():
    while not stop:
        pass
t = threading.Thread(target=spin, name='spinner')
t.start()
for i in range(3):
    with open('${file}', 'w') as f:
        f.write('data')
stop = True
t.join()
_glasspy_gil.set_deterministic(0)`;
    const r = await h.execute(code, {}, false);
    expect(r.status).toBe('ok');
    const text = JSON.stringify(displays.map((d) => d.data['text/plain'] ?? ''));
    // Each `with open(...)` opens and closes the file: 6 hand-overs for I/O.
    expect(text).toMatch(/MainThread +[^\\]*I\/O 6/);
    await h.stop();
  });
});

describe('input() in glasspy script.py', () => {
  it('lets other threads run while it waits for a line on a pipe', async () => {
    // stdin is a named pipe (a shell's `|` makes one; node's own 'pipe' is a socket, which
    // glasspy cannot read without blocking: README, Threads).  Opened read-write here, so
    // the child never sees its end-of-file and we write the line when we choose.
    const fifo = path.join(tmp, 'stdin.fifo');
    spawnSync('mkfifo', [fifo]);
    const stdinFd = fs.openSync(fifo, fs.constants.O_RDWR);
    const child = spawn(process.execPath, [BIN, '-c', `
import threading, time
t0 = time.monotonic()
def tick():
    for i in range(3):
        time.sleep(0.1)
        print('tick', i, flush=True)
t = threading.Thread(target=tick)
t.start()
x = input('name? ')
print('got', x, time.monotonic() - t0 > 0.3)
t.join()
`], { stdio: [stdinFd, 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    // Answer once the last tick is out: the ticks can only come while input() waits.
    const t0 = Date.now();
    while (!out.includes('tick 2') && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 20));
    fs.writeSync(stdinFd, 'hello\n');
    await new Promise((r) => child.on('close', r));
    fs.closeSync(stdinFd);
    expect(out).toBe('name? tick 0\ntick 1\ntick 2\ngot hello True\n');
  });
});
