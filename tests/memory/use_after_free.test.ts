// With GLASSPY_POISON_FREED=1 a freed int, float or str shows a marker ('<freed str>',
// 3735928559) instead of its old value (engine/memory/poison.ts), so a reference a native
// keeps without counting it is visible in the output.  Each program here once printed a
// marker; its output must equal CPython's.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bootInterpreter } from '../../engine/interpreter.js';
import { PyStr, strLength } from '../../engine/objects/str.js';
import { newInt, newIntBig } from '../../engine/objects/int.js';
import { newFloat } from '../../engine/objects/float.js';
import { poisonAtom, FREED_STR, POISON_FREED } from '../../engine/memory/poison.js';

bootInterpreter();

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(__dirname, 'uaf');

function run(command: string, args: string[], poison: boolean): string {
  const env = { ...process.env, PYTHONHASHSEED: '0' } as NodeJS.ProcessEnv;
  if (poison) env.GLASSPY_POISON_FREED = '1'; else delete env.GLASSPY_POISON_FREED;
  const r = spawnSync(command, args, { cwd: ROOT, env, timeout: 60000 });
  return r.stdout.toString('utf8') + r.stderr.toString('utf8') + `exit ${r.status}\n`;
}

const glasspy = (file: string, poison: boolean) => run(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), file], poison);

describe('use after free (GLASSPY_POISON_FREED=1)', () => {
  it('overwrites a dying str, int and float with the markers', () => {
    const s = new PyStr('abc'.repeat(2));
    strLength(s);
    poisonAtom(s, true);
    expect([s.value, s.hash, s.cplen]).toEqual([FREED_STR, -1, -1]);
    const i = newInt(12345), big = newIntBig(10n ** 30n), f = newFloat(1.5);
    poisonAtom(i, false);
    poisonAtom(big, false);
    poisonAtom(f, false);
    expect([i.value, big.value, f.value]).toEqual([0xDEADBEEF, 0xDEADBEEFn, 0xDEADBEEF]);
  });

  it('is on exactly when the variable is 1', () => {
    expect(POISON_FREED).toBe(process.env.GLASSPY_POISON_FREED === '1');
  });

  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
    it(`${file} prints what CPython prints`, () => {
      const p = path.join(DIR, file);
      const want = run('python3', [p], false);
      expect(glasspy(p, true)).toBe(want);
      expect(glasspy(p, false)).toBe(want);
    });
  }
});
