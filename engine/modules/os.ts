// ## os and os.path (posixpath)
//
// The parts of Modules/posixmodule.c and Lib/posixpath.py that programs and lessons use:
// the process environment, the working directory, files and directories, stat, and path
// manipulation with POSIX rules (Node's path.posix implements the same algorithms).

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import * as crypto from 'node:crypto';
import * as nodeOs from 'node:os';
import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict, dictSetStr, dictSetItem, dictGetStr } from '../objects/dict.js';
import { PyStr, newStr } from '../objects/str.js';
import { newInt, newIntBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { Py_None, Py_True, Py_False, newBool } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { newStructSeqType, newStructSeq } from '../objects/structseq.js';
import {
  raiseTypeError, raiseValueError, OSError, FileNotFoundError, FileExistsError, IsADirectoryError,
  NotADirectoryError, PermissionError, PyBaseException,
} from '../objects/exceptions.js';
import { typeName, index, getAttrOpt, call, isTrue, iterableToArray } from '../objects/abstract.js';
import { constHooks } from '../objects/consthooks.js';
import { interp } from '../vm/interp.js';
import { defineModule } from './registry.js';
import type { PyType } from '../objects/type.js';

function pathArg(o: PyObject | null, fname: string): string {
  if (o instanceof PyStr) return o.value;
  if (o !== null) {
    const fsp = getAttrOpt(o, '__fspath__');
    if (fsp !== null) {
      const r = call(fsp, []);
      if (r instanceof PyStr) return r.value;
    }
  }
  raiseTypeError(`${fname}: path should be string, bytes or os.PathLike, not ${o === null ? 'NoneType' : typeName(o)}`);
}

/** os.fspath(): str as is, else __fspath__'s str (bytes paths are not supported). */
function fspath(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  const fsp = getAttrOpt(o, '__fspath__');
  if (fsp !== null) {
    const r = call(fsp, []);
    if (r instanceof PyStr) return r.value;
    raiseTypeError(`expected ${typeName(o)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  }
  raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeName(o)}`);
}

function osError(e: unknown, filename: string, filename2?: string): PyBaseException {
  const err = e as NodeJS.ErrnoException;
  const map: Record<string, [PyType, number, string]> = {
    ENOENT: [FileNotFoundError, 2, 'No such file or directory'],
    EEXIST: [FileExistsError, 17, 'File exists'],
    EISDIR: [IsADirectoryError, 21, 'Is a directory'],
    ENOTDIR: [NotADirectoryError, 20, 'Not a directory'],
    EACCES: [PermissionError, 13, 'Permission denied'],
    EPERM: [PermissionError, 1, 'Operation not permitted'],
    ENOTEMPTY: [OSError, 39, 'Directory not empty'],
  };
  const [t, errno, msg] = map[err.code ?? ''] ?? [OSError, 5, err.message];
  const args = [newInt(errno), newStr(msg), newStr(filename)];
  const exc = call(t, filename2 !== undefined ? [...args, newInt(0), newStr(filename2)] : args) as PyBaseException;
  return exc;
}

function wrapFs<T>(fn: () => T, filename: string, filename2?: string): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyBaseException) throw e;
    throw osError(e, filename, filename2);
  }
}

let statType: PyType | null = null;
function statResult(st: fs.Stats): PyObject {
  if (statType === null) {
    statType = newStructSeqType('os.stat_result', ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
      'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks'], 10);
  }
  const ns = (ms: number) => newIntBig(BigInt(Math.round(ms * 1e6)));
  return newStructSeq(statType, [
    newInt(st.mode), newInt(st.ino), newInt(st.dev), newInt(st.nlink), newInt(st.uid), newInt(st.gid), newInt(st.size),
    newFloat(st.atimeMs / 1000), newFloat(st.mtimeMs / 1000), newFloat(st.ctimeMs / 1000),
    ns(st.atimeMs), ns(st.mtimeMs), ns(st.ctimeMs), newInt(st.blksize), newInt(st.blocks),
  ]);
}

const P = nodePath.posix;

/** os.environ, once the os module exists (posixpath.expandvars reads it). */
const environRef: { d: PyDict | null } = { d: null };

function definePath(m: PyModule): void {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn) => dictSetStr(d, name, newBuiltin(name, fn, 'posixpath'));
  const one = (name: string, g: (p: string) => PyObject) => f(name, (_m, a, k) => {
    const [p] = parseArgs(name, a, k, { names: ['p'], required: 1 });
    return g(pathArg(p, name));
  });
  f('join', (_m, a) => {
    if (a.length === 0) raiseTypeError('join() missing 1 required positional argument: \'a\'');
    let out = fspath(a[0]);
    for (const x of a.slice(1)) {
      // genericpath._check_arg_types() names the offending type.
      if (!(x instanceof PyStr) && getAttrOpt(x, '__fspath__') === null) {
        raiseTypeError(`join() argument must be str, bytes, or os.PathLike object, not '${typeName(x)}'`);
      }
      const b = fspath(x);
      if (b.startsWith('/')) out = b;
      else if (out === '' || out.endsWith('/')) out += b;
      else out += '/' + b;
    }
    return newStr(out);
  });
  one('basename', (p) => newStr(p.slice(p.lastIndexOf('/') + 1)));
  one('dirname', (p) => {
    const i = p.lastIndexOf('/') + 1;
    let head = p.slice(0, i);
    if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
    return newStr(head);
  });
  one('split', (p) => {
    const i = p.lastIndexOf('/') + 1;
    let head = p.slice(0, i);
    const tail = p.slice(i);
    if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
    return newTuple([newStr(head), newStr(tail)]);
  });
  one('splitext', (p) => {
    const slash = p.lastIndexOf('/');
    let dot = p.lastIndexOf('.');
    if (dot > slash) {
      let filenameIndex = slash + 1;
      while (filenameIndex < dot) {
        if (p[filenameIndex] !== '.') return newTuple([newStr(p.slice(0, dot)), newStr(p.slice(dot))]);
        filenameIndex++;
      }
    }
    dot = -1;
    return newTuple([newStr(p), newStr('')]);
  });
  one('abspath', (p) => newStr(P.normalize(P.isAbsolute(p) ? p : P.join(process.cwd(), p)).replace(/(.)\/$/, '$1')));
  one('normpath', (p) => {
    if (p === '') return newStr('.');
    const n = P.normalize(p).replace(/(.)\/$/, '$1');
    return newStr(p.startsWith('//') && !p.startsWith('///') ? '/' + n : n);
  });
  one('realpath', (p) => {
    try { return newStr(fs.realpathSync(p)); } catch { return newStr(P.resolve(p)); }
  });
  one('isabs', (p) => newBool(p.startsWith('/')));
  one('exists', (p) => newBool(fs.existsSync(p)));
  one('lexists', (p) => { try { fs.lstatSync(p); return Py_True; } catch { return Py_False; } });
  one('isfile', (p) => { try { return newBool(fs.statSync(p).isFile()); } catch { return Py_False; } });
  one('isdir', (p) => { try { return newBool(fs.statSync(p).isDirectory()); } catch { return Py_False; } });
  one('islink', (p) => { try { return newBool(fs.lstatSync(p).isSymbolicLink()); } catch { return Py_False; } });
  one('getsize', (p) => newInt(wrapFs(() => fs.statSync(p).size, p)));
  one('getmtime', (p) => newFloat(wrapFs(() => fs.statSync(p).mtimeMs, p) / 1000));
  one('expanduser', (p) => newStr(p === '~' || p.startsWith('~/') ? nodeOs.homedir() + p.slice(1) : p));
  f('relpath', (_m, a) => {
    const path = a.length ? fspath(a[0]) : '';
    if (!path) raiseValueError('no path specified');
    return newStr(P.relative(a.length > 1 && a[1] !== Py_None ? fspath(a[1]) : process.cwd(), P.resolve(path)) || '.');
  });
  one('normcase', (p) => newStr(p));
  one('splitdrive', (p) => newTuple([newStr(''), newStr(p)]));
  f('commonprefix', (_m, a) => {
    const items = iterableToArray(a[0]);
    if (items.length === 0) return newStr('');
    const strs = items.map(fspath);
    let s1 = strs[0], s2 = strs[0];
    for (const x of strs) { if (x < s1) s1 = x; if (x > s2) s2 = x; }
    let i = 0;
    while (i < s1.length && s1[i] === s2[i]) i++;
    return newStr(s1.slice(0, i));
  });
  f('commonpath', (_m, a) => {
    // Models posixpath.commonpath(): the longest common run of path components.
    const paths = iterableToArray(a[0]).map(fspath);
    if (paths.length === 0) raiseValueError('commonpath() arg is an empty sequence');
    const abs = new Set(paths.map((p) => p.startsWith('/')));
    if (abs.size > 1) raiseValueError("Can't mix absolute and relative paths");
    const split = paths.map((p) => p.split('/').filter((c) => c && c !== '.'));
    const cmp = (x: string[], y: string[]) => {
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return x.length - y.length;
    };
    let s1 = split[0], s2 = split[0];
    for (const x of split) { if (cmp(x, s1) < 0) s1 = x; if (cmp(x, s2) > 0) s2 = x; }
    let n = 0;
    while (n < s1.length && s1[n] === s2[n]) n++;
    return newStr((abs.has(true) ? '/' : '') + s1.slice(0, n).join('/'));
  });
  one('expandvars', (p) => newStr(p.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    // CPython reads os.environ (the mapping a program may have changed), not the process.
    const v = environRef.d === null ? null : dictGetStr(environRef.d, key);
    return v instanceof PyStr ? v.value : whole;
  })));
  dictSetStr(d, 'sep', newStr('/'));
  dictSetStr(d, 'curdir', newStr('.'));
  dictSetStr(d, 'pardir', newStr('..'));
  dictSetStr(d, 'extsep', newStr('.'));
  dictSetStr(d, 'pathsep', newStr(':'));
}

defineModule('posixpath', definePath);

defineModule('os', (m: PyModule) => {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn) => dictSetStr(d, name, newBuiltin(name, fn, 'os'));
  const env = new PyDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) dictSetItem(env, newStr(k), newStr(v));
  dictSetStr(d, 'environ', env);
  environRef.d = env;
  dictSetStr(d, 'name', newStr('posix'));
  dictSetStr(d, 'sep', newStr('/'));
  dictSetStr(d, 'altsep', Py_None);
  dictSetStr(d, 'extsep', newStr('.'));
  dictSetStr(d, 'pathsep', newStr(':'));
  dictSetStr(d, 'linesep', newStr('\n'));
  dictSetStr(d, 'curdir', newStr('.'));
  dictSetStr(d, 'pardir', newStr('..'));
  dictSetStr(d, 'devnull', newStr('/dev/null'));
  dictSetStr(d, 'error', OSError);
  f('getcwd', () => newStr(process.cwd()));
  f('chdir', (_m, a) => { const p = pathArg(a[0], 'chdir'); wrapFs(() => process.chdir(p), p); return Py_None; });
  f('getpid', () => newInt(process.pid));
  f('getppid', () => newInt(process.ppid));
  f('cpu_count', () => newInt(nodeOs.cpus().length));
  f('getenv', (_m, a, k) => {
    const [key, dflt] = parseArgs('getenv', a, k, { names: ['key', 'default'], required: 1, posonly: 0 });
    const v = process.env[pathArg(key, 'getenv')];
    return v === undefined ? dflt ?? Py_None : newStr(v);
  });
  f('listdir', (_m, a) => {
    const p = a.length && a[0] !== Py_None ? pathArg(a[0], 'listdir') : '.';
    return newList(wrapFs(() => fs.readdirSync(p), p).map((n) => newStr(n)));
  });
  f('mkdir', (_m, a) => { const p = pathArg(a[0], 'mkdir'); wrapFs(() => fs.mkdirSync(p), p); return Py_None; });
  f('makedirs', (_m, a, k) => {
    const [p, , existOk] = parseArgs('makedirs', a, k, { names: ['name', 'mode', 'exist_ok'], required: 1, posonly: 0 });
    const path = pathArg(p, 'makedirs');
    if (fs.existsSync(path) && !(existOk !== null && isTrue(existOk))) throw osError({ code: 'EEXIST' }, path);
    wrapFs(() => fs.mkdirSync(path, { recursive: true }), path);
    return Py_None;
  });
  f('rmdir', (_m, a) => { const p = pathArg(a[0], 'rmdir'); wrapFs(() => fs.rmdirSync(p), p); return Py_None; });
  const remove: NativeFn = (_m, a) => { const p = pathArg(a[0], 'remove'); wrapFs(() => fs.unlinkSync(p), p); return Py_None; };
  f('remove', remove);
  f('unlink', remove);
  f('rename', (_m, a) => {
    const s = pathArg(a[0], 'rename'), t = pathArg(a[1], 'rename');
    wrapFs(() => fs.renameSync(s, t), s, t);
    return Py_None;
  });
  f('replace', (_m, a) => {
    const s = pathArg(a[0], 'replace'), t = pathArg(a[1], 'replace');
    wrapFs(() => fs.renameSync(s, t), s, t);
    return Py_None;
  });
  f('stat', (_m, a) => { const p = pathArg(a[0], 'stat'); return statResult(wrapFs(() => fs.statSync(p), p)); });
  f('lstat', (_m, a) => { const p = pathArg(a[0], 'lstat'); return statResult(wrapFs(() => fs.lstatSync(p), p)); });
  f('urandom', (_m, a) => constHooks.bytes(crypto.randomBytes(Number(index(a[0]).value))));
  f('fspath', (_m, a) => newStr(fspath(a[0])));
  f('fsencode', (_m, a) => constHooks.bytes(Buffer.from(fspath(a[0]), 'utf8')));
  f('fsdecode', (_m, a) => {
    const v = a[0] as PyObject & { data?: Uint8Array };
    return v.data instanceof Uint8Array ? newStr(Buffer.from(v.data).toString('utf8')) : newStr(fspath(a[0]));
  });
  f('get_terminal_size', () => newTuple([newInt(process.stdout.columns ?? 80), newInt(process.stdout.rows ?? 24)]));
  // os.path is the posixpath module, imported on first use as CPython does at startup.
  const pp = new PyModule('posixpath');
  definePath(pp);
  dictSetStr(interp.modules, 'posixpath', pp);
  dictSetStr(interp.modules, 'os.path', pp);
  dictSetStr(d, 'path', pp);
});
