// Development front end: compile with CPython 3.11 (tests/tools/cpython_code.py) so the VM can
// be exercised on CPython's exact bytecode.  Never used by the product.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);

function toUnit(j) {
  const conv = (c) => {
    switch (c.kind) {
      case 'int': return { kind: 'int', value: BigInt(c.value) };
      case 'float': return { kind: 'float', value: Number(c.value === 'inf' ? Infinity : c.value === '-inf' ? -Infinity : c.value === 'nan' ? NaN : c.value) };
      case 'complex': return { kind: 'complex', real: Number(c.real), imag: Number(c.imag) };
      case 'bytes': return { kind: 'bytes', value: Uint8Array.from(c.value) };
      case 'tuple': case 'frozenset': return { kind: c.kind, items: c.items.map(conv) };
      case 'code': return { kind: 'code', code: toUnit(c.code) };
      default: return c;
    }
  };
  return {
    ...j,
    co_code: Uint8Array.from(j.co_code),
    co_linetable: Uint8Array.from(j.co_linetable),
    co_exceptiontable: Uint8Array.from(j.co_exceptiontable),
    co_localspluskinds: Uint8Array.from(j.co_localspluskinds),
    co_consts: j.co_consts.map(conv),
  };
}

export function installCPythonFrontEnd(frontEnd, PySyntaxError) {
  frontEnd.direct = (source, filename, mode) => {
    const r = spawnSync('python3', [path.join(here, 'cpython_code.py'), filename, mode], { input: source, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(r.stderr);
    const j = JSON.parse(r.stdout);
    if (j.syntax_error) {
      const e = j.syntax_error;
      throw new PySyntaxError(e.kind, e.msg, filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
    }
    return toUnit(j);
  };
}
