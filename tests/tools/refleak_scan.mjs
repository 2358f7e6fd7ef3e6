// Runs the refleak check (glasspy --refleak) over every conformance program and prints, for
// those that leak or cannot report, a line for tests/conformance/refleak-known-failures.txt,
// plus the slowest programs.  Usage: node tests/tools/refleak_scan.mjs [NAME ...]
import * as fs from 'node:fs';
import { CONF } from '../conformance/common.mjs';
import { runAll, refleakKnownFailures, SKIPPED } from '../conformance/refleak.mjs';

const known = refleakKnownFailures();
const names = process.argv.slice(2).length ? process.argv.slice(2)
  : fs.readdirSync(CONF).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort()
    .filter((n) => !SKIPPED.test(known.get(n) ?? ''));
for (const [n, why] of known) if (SKIPPED.test(why)) console.log(`${n}  # ${why}`);
const t0 = Date.now();
const results = await runAll(names, 2);
for (const [name, r] of [...results].sort()) {
  if (r.blocks === null) console.log(`${name}  # no report (status ${r.status}, ${Math.round(r.ms / 1000)} s)`);
  else if (r.leaked) console.log(`${name}  # leaks: memory blocks [${r.blocks.join(', ')}], references [${r.refs.join(', ')}]`);
}
const slow = [...results].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
console.error(`total ${Math.round((Date.now() - t0) / 1000)} s; slowest: ${slow.map(([n, r]) => `${n} ${Math.round(r.ms / 1000)}s`).join(', ')}`);
