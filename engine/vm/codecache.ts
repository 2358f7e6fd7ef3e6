// ## The compiled-module cache (glasspy's __pycache__)
//
// CPython keeps compiled modules in __pycache__/*.pyc so `import enum` does not re-parse
// enum.py each run.  glasspy's compiler runs cold (not yet optimised by V8) at import time,
// so recompiling collections or enum cost more than running them.  This cache stores the
// compiler's CodeUnit for imported modules as JSON, keyed by a hash of the source, its
// file name and the running build (the engine file's size and mtime, so any rebuild of
// glasspy invalidates every entry).  Like CPython, only imported modules are cached (the
// main script is always compiled) and a module loaded from the cache does not repeat its
// compile-time SyntaxWarnings.
//
// Where: the modules shipped with glasspy are compiled at build time into dist/pycache
// (tools/precompile.js, as an installer runs compileall), which is only read.  Other
// imported modules go to $GLASSPY_CACHE_DIR, else $XDG_CACHE_HOME/glasspy/pycache, else
// ~/.cache/glasspy/pycache; as with CPython's .pyc files, PYTHONDONTWRITEBYTECODE stops
// new entries being written but not old ones being read.  A cache that cannot be read or
// written is ignored: it never changes what a program does.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeUnit, CodeConst } from '../compiler/code.js';
import { GLASSPY_VERSION } from '../version.js';

/** Bumped when the JSON layout below changes. */
const FORMAT = 1;

interface Dirs { read: string[]; write: string | null }
let dirs: Dirs | null = null;
let buildId = '';

function cacheDirs(): Dirs {
  if (dirs !== null) return dirs;
  dirs = { read: [], write: null };
  let here: string;
  try {
    here = path.dirname(fileURLToPath(import.meta.url));
    const st = fs.statSync(fileURLToPath(import.meta.url));
    buildId = `${GLASSPY_VERSION}:${FORMAT}:${st.size}:${st.mtimeMs}`;
  } catch {
    return dirs;
  }
  // This file runs as dist/glasspy.cjs (the bundle) or as dist/engine/vm/codecache.js.
  const dist = path.basename(here) === 'vm' ? path.resolve(here, '../..') : here;
  const user = process.env.GLASSPY_CACHE_DIR
    ?? path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'glasspy', 'pycache');
  dirs.read = [path.join(dist, 'pycache'), user];
  if (!process.env.PYTHONDONTWRITEBYTECODE) dirs.write = user;
  return dirs;
}

function entryName(source: string, filename: string): string {
  const h = crypto.createHash('sha256').update(buildId).update('\0').update(filename).update('\0').update(source).digest('hex');
  return `${h.slice(0, 40)}.json`;
}

/** The cached code for this module source, or null. */
export function loadCachedCode(source: string, filename: string): CodeUnit | null {
  const d = cacheDirs();
  if (d.read.length === 0) return null;
  const name = entryName(source, filename);
  for (const dir of d.read) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, name), 'utf8');
    } catch {
      continue;
    }
    try {
      return decodeUnit(JSON.parse(text));
    } catch {
      return null;
    }
  }
  return null;
}

/** Remember compiled module code; written to a temporary file and renamed, so readers never see half. */
export function storeCachedCode(source: string, filename: string, unit: CodeUnit): void {
  const d = cacheDirs();
  if (d.write === null) return;
  try {
    fs.mkdirSync(d.write, { recursive: true });
    const file = path.join(d.write, entryName(source, filename));
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(encodeUnit(unit)));
    fs.renameSync(tmp, file);
  } catch {
    // A read-only or full disk only costs the next run a compile.
  }
}

// ## Encoding: JSON with byte arrays as base64 and numbers that JSON cannot hold as bits.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const bytes = (a: Uint8Array): string => Buffer.from(a).toString('base64');
const unbytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

function doubleBits(x: number): string {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return b.toString('hex');
}
function bitsDouble(s: string): number {
  return Buffer.from(s, 'hex').readDoubleLE(0);
}

function encodeConst(c: CodeConst): Json {
  switch (c.kind) {
    case 'None': case 'Ellipsis': return { k: c.kind };
    case 'bool': return { k: 'bool', v: c.value };
    case 'int': return { k: 'int', v: c.value.toString() };
    case 'float': return { k: 'float', v: doubleBits(c.value) };
    case 'complex': return { k: 'complex', r: doubleBits(c.real), i: doubleBits(c.imag) };
    case 'str': return { k: 'str', v: c.value };
    case 'bytes': return { k: 'bytes', v: bytes(c.value) };
    case 'tuple': case 'frozenset': return { k: c.kind, v: c.items.map(encodeConst) };
    case 'code': return { k: 'code', v: encodeUnit(c.code) };
  }
}

function decodeConst(j: { k: string; v?: unknown; r?: string; i?: string }): CodeConst {
  switch (j.k) {
    case 'None': case 'Ellipsis': return { kind: j.k };
    case 'bool': return { kind: 'bool', value: j.v as boolean };
    case 'int': return { kind: 'int', value: BigInt(j.v as string) };
    case 'float': return { kind: 'float', value: bitsDouble(j.v as string) };
    case 'complex': return { kind: 'complex', real: bitsDouble(j.r!), imag: bitsDouble(j.i!) };
    case 'str': return { kind: 'str', value: j.v as string };
    case 'bytes': return { kind: 'bytes', value: unbytes(j.v as string) };
    case 'tuple': case 'frozenset':
      return { kind: j.k, items: (j.v as never[]).map(decodeConst) } as CodeConst;
    case 'code': return { kind: 'code', code: decodeUnit(j.v as Record<string, Json>) };
    default: throw new Error(`bad cached constant ${j.k}`);
  }
}

function encodeUnit(u: CodeUnit): Record<string, Json> {
  return {
    argcount: u.co_argcount, posonlyargcount: u.co_posonlyargcount, kwonlyargcount: u.co_kwonlyargcount,
    stacksize: u.co_stacksize, flags: u.co_flags, firstlineno: u.co_firstlineno,
    code: bytes(u.co_code), consts: u.co_consts.map(encodeConst), names: u.co_names,
    localsplusnames: u.co_localsplusnames, localspluskinds: bytes(u.co_localspluskinds),
    filename: u.co_filename, name: u.co_name, qualname: u.co_qualname,
    linetable: bytes(u.co_linetable), exceptiontable: bytes(u.co_exceptiontable),
  };
}

function decodeUnit(j: Record<string, Json>): CodeUnit {
  return {
    co_argcount: j.argcount as number, co_posonlyargcount: j.posonlyargcount as number,
    co_kwonlyargcount: j.kwonlyargcount as number, co_stacksize: j.stacksize as number,
    co_flags: j.flags as number, co_firstlineno: j.firstlineno as number,
    co_code: unbytes(j.code as string), co_consts: (j.consts as never[]).map(decodeConst),
    co_names: j.names as string[], co_localsplusnames: j.localsplusnames as string[],
    co_localspluskinds: unbytes(j.localspluskinds as string), co_filename: j.filename as string,
    co_name: j.name as string, co_qualname: j.qualname as string,
    co_linetable: unbytes(j.linetable as string), co_exceptiontable: unbytes(j.exceptiontable as string),
  };
}
