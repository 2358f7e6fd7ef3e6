// %timeit / %%timeit through a real Session: IPython's output format, the TimeitResult
// from -o (its arithmetic over all_runs), the loop choice, setup lines, and the warning.
import { describe, it, expect } from 'vitest';
import { Harness } from './harness.js';

// `8.26 ns ± 0.12 ns per loop (mean ± std. dev. of 7 runs, 100,000,000 loops each)`
const NUM = String.raw`(?:\d+(?:\.\d+)?(?:e[+-]\d\d)?)`;
const UNIT = '(?:s|ms|\u00b5s|ns)';
const TIME = `${NUM} ${UNIT}`;
const LINE = new RegExp(`^(${TIME}) \u00b1 (${TIME}) per loop \\(mean \u00b1 std\\. dev\\. of (\\d+) runs?, ([\\d,]+) loops? each\\)$`);

/** A _format_time string back to seconds. */
function seconds(t: string): number {
  const [n, u] = t.split(' ');
  return Number(n) / { s: 1, ms: 1e3, '\u00b5s': 1e6, ns: 1e9 }[u]!;
}

describe('%timeit', () => {
  const h = new Harness();

  it('prints one line in IPython format', () => {
    const r = h.run('%timeit -n 100 -r 3 sum(range(10))');
    expect(r.reply.status).toBe('ok');
    const m = LINE.exec(r.stdout.replace(/^The slowest run.*\n/, '').trimEnd());
    expect(m, r.stdout).not.toBeNull();
    expect(m![3]).toBe('3');
    expect(m![4]).toBe('100');
    expect(r.stdout).toMatch(/runs, 100 loops each\)\n$/);
  });

  it('singular run and loop, thousands separators', () => {
    expect(h.run('%timeit -n 1 -r 1 pass').stdout).toMatch(/ per loop \(mean ± std\. dev\. of 1 run, 1 loop each\)\n$/);
    expect(h.run('%timeit -n 1000 -r 2 pass').stdout).toMatch(/of 2 runs, 1,000 loops each\)\n$/);
  });

  it('-o returns a TimeitResult whose numbers are its runs', () => {
    h.run('res = %timeit -o -q -n 20 -r 5 [i for i in range(50)]');
    expect(h.value('type(res).__name__, res.loops, res.repeat, len(res.all_runs), len(res.timings)')).toBe("('TimeitResult', 20, 5, 5, 5)");
    expect(h.value('res.timings == [t / 20 for t in res.all_runs]')).toBe('True');
    expect(h.value('res.best == min(res.all_runs) / 20 and res.worst == max(res.all_runs) / 20')).toBe('True');
    expect(h.value('import math; res.average == math.fsum(res.timings) / 5')).toBe('True');
    expect(h.value('res.stdev == (math.fsum([(x - res.average) ** 2 for x in res.timings]) / 5) ** 0.5')).toBe('True');
    expect(h.value('res.compile_time >= 0')).toBe('True');
    // str() is the printed line, computed from average and stdev with 3 significant digits.
    const line = h.value('str(res)')!.slice(1, -1);
    const m = LINE.exec(line);
    expect(m, line).not.toBeNull();
    const avg = Number(h.value('res.average')), sd = Number(h.value('res.stdev'));
    expect(seconds(m![1])).toBeCloseTo(avg, Math.max(0, -Math.floor(Math.log10(avg)) + 1));
    expect(Math.abs(seconds(m![2]) - sd)).toBeLessThanOrEqual(sd * 0.01 + 1e-12);
    expect(h.value('res')).toBe(`<TimeitResult : ${line}>`);
  });

  it('-q prints nothing, -p sets the precision', () => {
    expect(h.run('%timeit -q -n 5 -r 2 pass').stdout).toBe('');
    h.run('res = %timeit -o -q -p 6 -n 5 -r 2 pass');
    const line = h.value('str(res)')!;
    expect(line).toMatch(/^'\d+(\.\d{1,5})? /);
  });

  it('chooses 10**k loops until a run takes at least 0.2 s', () => {
    h.run('import time');
    h.run('res = %timeit -o -q -r 1 time.sleep(0.21)');
    expect(h.value('res.loops')).toBe('1');
    h.run('res = %timeit -o -q -r 1 time.sleep(0.03)');
    expect(h.value('res.loops')).toBe('10');
    h.run('res = %timeit -o -q -r 2 pass');
    expect(h.value('str(res.loops).strip("0") == "1" and res.loops >= 1000 and res.repeat == 2')).toBe('True');
  });

  it('runs in the user namespace; %%timeit runs its first line as setup', () => {
    h.run('calls = []');
    h.run('%timeit -n 3 -r 2 -q calls.append(1)');
    expect(h.value('len(calls)')).toBe('6');
    h.run('%%timeit -n 4 -r 3 -q setup_count = calls.append(0) or len(calls)\ncalls.append(setup_count)');
    // The setup runs once per repeat and its names are visible to the timed body.
    expect(h.value('calls[6:]')).toBe('[0, 7, 7, 7, 7, 0, 12, 12, 12, 12, 0, 17, 17, 17, 17]');
    // Timing does not leave `inner` or the loop variables behind.
    expect(h.value("[n for n in ('inner', '_t0', '_t1', '_it', '_timer') if n in globals()]")).toBe('[]');
  });

  it('inside a function it sees the function\'s locals (IPython\'s local_ns)', () => {
    h.run("lx = 'global'\ndef lf():\n    lx = 5\n    ly = 7\n    r = %timeit -o -q -n 2 -r 2 lx + ly\n    t = %time lx * ly\n    return r.loops, t\n");
    expect(h.value('lf()')).toBe('(2, 35)');
    // Shadowed globals are restored; the function's other names stay behind, as in IPython.
    expect(h.value('lx, ly')).toBe("('global', 7)");
  });

  it('-t and -c time with other clocks', () => {
    expect(h.run('%timeit -t -n 10 -r 2 pass').stdout).toMatch(/of 2 runs, 10 loops each\)\n$/);
    expect(h.run('%timeit -c -n 10 -r 2 pass').stdout).toMatch(/of 2 runs, 10 loops each\)\n$/);
  });

  it('warns when the slowest run is more than 4 times the fastest', () => {
    h.run('cache = []');
    const r = h.run('%%timeit -n 1 -r 4\nif not cache: cache.append(time.sleep(0.02))');
    expect(r.stdout).toMatch(/^The slowest run took \d+\.\d\d times longer than the fastest\. This could mean that an intermediate result is being cached\.\n/);
  });

  it('reports errors in the statement as the statement\'s', () => {
    const r = h.run('%timeit -n 1 -r 1 1/0');
    expect(r.reply.error?.ename).toBe('ZeroDivisionError');
    const s = h.run('%timeit -n 1 x = (');
    expect(s.reply.error?.ename).toBe('SyntaxError');
    expect(s.reply.error?.traceback.join('\n')).toContain('File \x1b[0;32m<unknown>:1');
    expect(h.run('%timeit -n 1 return 1').reply.error?.evalue).toBe("'return' outside function (<magic-timeit-stmt>, line 1)");
    expect(r.reply.error?.traceback.join('\n')).toContain('<magic-timeit>:1');
  });

  it('bad options are UsageErrors: stderr line, error reply without traceback', () => {
    const r = h.run('%timeit -z pass');
    expect(r.stderr).toBe('UsageError: option -z not recognized ( allowed: "n:r:tcp:qo" )\n');
    expect(r.reply.status).toBe('error');
    expect(r.reply.error).toEqual({ ename: 'UsageError', evalue: 'option -z not recognized ( allowed: "n:r:tcp:qo" )', traceback: [] });
    expect(h.run('%timeit -n x pass').reply.error?.evalue).toBe("invalid literal for int() with base 10: 'x'");
  });
});
