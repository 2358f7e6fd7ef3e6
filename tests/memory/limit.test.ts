// The heap limit: --max-heap / GLASSPY_MAX_HEAP turn running out of modelled memory into
// MemoryError, and the program carries on with its state intact.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { parseSize } from '../../engine/memory/limit.js';

const root = path.resolve(__dirname, '..', '..');
const glasspy = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(root, 'bin', 'glasspy.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

const FILL = `
chunks = []
try:
    while True:
        chunks.append('y' * 10**6 + str(len(chunks)))
except MemoryError:
    n = len(chunks)
# 64 MiB holds at most 67 one-megabyte strings (the temporaries are freed as CPython frees them).
print(20 < n < 68, chunks[-1][-2:] == str(n - 1))
kept = [1, 2, 3]
print(sum(kept), len(chunks) == n)
`;

describe('heap limit', () => {
  it('parses sizes', () => {
    expect(parseSize('4G')).toBe(4 * 1024 ** 3);
    expect(parseSize('512m')).toBe(512 * 1024 ** 2);
    expect(parseSize('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('lots')).toBeNaN();
  });

  it('--max-heap=64M: filling memory raises MemoryError and the program goes on', () => {
    const r = glasspy(['--max-heap=64M', '-c', FILL]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True True\n6 True\n');
    expect(r.status).toBe(0);
  });

  it('GLASSPY_MAX_HEAP does the same', () => {
    const r = glasspy(['-c', FILL], { GLASSPY_MAX_HEAP: '64M' });
    expect(r.stdout).toBe('True True\n6 True\n');
  });

  it('rejects a malformed size', () => {
    const r = glasspy(['--max-heap=lots', '-c', 'pass']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--max-heap needs a size');
  });
});
