// ## File objects: open() and the standard streams
//
// A compact model of Lib/_pyio.py's layering: text files (`_io.TextIOWrapper`) decode UTF-8
// and translate newlines, binary files (`_io.BufferedReader`/`BufferedWriter`/`BufferedRandom`)
// move bytes.  Files are read and written with synchronous fs calls; sys.stdout and
// sys.stderr are text streams over the host's sink (vm/stdio.ts).
//
// The GIL (vm/blockingio.ts): glasspy reads a file whole on its first read and writes
// through at every write, but it reports a blocking system call where CPython 3.11's
// buffered file would make one — open, close, a read that needs bytes past the 8 KiB its
// buffer has fetched, a write that fills the buffer, a flush of buffered bytes.
import * as fs from 'node:fs';
import { PyObject } from './object.js';
import { PyType } from './type.js';
import { newStaticType } from './typeobjects.js';
import { defineType } from './typeready.js';
import { PyStr, newStr } from './str.js';
import { newInt } from './int.js';
import { newList } from './list.js';
import { Py_None, Py_True, Py_False, newBool } from './singletons.js';
import { parseArgs } from './args.js';
import {
  raiseTypeError, raiseValueError, raise, newExceptionArgs, PyBaseException, OSError, FileNotFoundError,
  FileExistsError, IsADirectoryError, PermissionError, NotADirectoryError,
} from './exceptions.js';
import { typeName, index, iterableToArray, strString, isTrue } from './abstract.js';
import { constHooks } from './consthooks.js';
import { stdio } from '../vm/stdio.js';
import { blockingIO, syscall } from '../vm/blockingio.js';
import { PyDict, dictSetStr } from './dict.js';

export const PyTextIOWrapper_Type = newStaticType('_io.TextIOWrapper');
export const PyBufferedReader_Type = newStaticType('_io.BufferedReader');
export const PyBufferedWriter_Type = newStaticType('_io.BufferedWriter');
export const PyBufferedRandom_Type = newStaticType('_io.BufferedRandom');

/** Where a stream's bytes go: a real file descriptor, or one of the host's standard streams. */
type Backend = { kind: 'fd'; fd: number } | { kind: 'std'; fd: 0 | 1 | 2 };

export class PyFile extends PyObject {
  closed = false;
  /** For files: the whole content is read lazily into `buf` for reading; `pos` is the offset. */
  buf: Buffer | null = null;
  pos = 0;
  /** CPython's read buffer: the offset up to which it has fetched the file (system calls). */
  fetched = 0;
  /** Bytes written since CPython's write buffer last went to the file. */
  unflushed = 0;
  constructor(
    type: PyType,
    readonly backend: Backend,
    readonly name: PyObject,
    readonly mode: string,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly appending: boolean,
    readonly text: boolean,
  ) {
    super(type);
  }
}

/** Hook to the bytes type: its bytes, and a new bytes object. */
export const bytesHooks = {
  data: (o: PyObject): Uint8Array | null => {
    const d = (o as { data?: unknown }).data;
    return d instanceof Uint8Array ? d : null;
  },
};

function oserror(e: NodeJS.ErrnoException, filename: string): PyBaseException {
  const map: Record<string, [PyType, number, string]> = {
    ENOENT: [FileNotFoundError, 2, 'No such file or directory'],
    EEXIST: [FileExistsError, 17, 'File exists'],
    EISDIR: [IsADirectoryError, 21, 'Is a directory'],
    EACCES: [PermissionError, 13, 'Permission denied'],
    ENOTDIR: [NotADirectoryError, 20, 'Not a directory'],
  };
  const [t, errno, msg] = map[e.code ?? ''] ?? [OSError, e.errno ? -e.errno : 5, e.message];
  const exc = newExceptionArgs(t, [newInt(errno), newStr(msg)]);
  exc.dict = new PyDict();
  exc.dict.ob_refcnt++; // owned by the object (tp_dictoffset)
  dictSetStr(exc.dict, 'errno', newInt(errno));
  dictSetStr(exc.dict, 'strerror', newStr(msg));
  dictSetStr(exc.dict, 'filename', newStr(filename));
  dictSetStr(exc.dict, 'filename2', Py_None);
  (exc as PyBaseException & { osFilename?: string }).osFilename = filename;
  return exc;
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
export function openFile(args: PyObject[], kwnames: string[] | null): PyObject {
  const [file, modeObj, , encoding] = parseArgs('open', args, kwnames, {
    names: ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], required: 1, posonly: 0,
  });
  if (!(file instanceof PyStr)) {
    if (file!.ob_type.tp_name === 'int') raiseTypeError('open() on file descriptors is not supported yet in glasspy');
    raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeName(file!)}`);
  }
  const mode = modeObj === null ? 'r' : strString(modeObj);
  const chars = new Set(mode);
  if ([...mode].some((c) => !'rwxabt+'.includes(c)) || chars.size !== mode.length) raiseValueError(`invalid mode: '${mode}'`);
  const binary = chars.has('b');
  if (binary && chars.has('t')) raiseValueError("can't have text and binary mode at once");
  const kinds = ['r', 'w', 'a', 'x'].filter((c) => chars.has(c));
  if (kinds.length !== 1) raiseValueError('must have exactly one of create/read/write/append mode');
  if (binary && encoding !== null && encoding !== Py_None) raiseValueError("binary mode doesn't take an encoding argument");
  const plus = chars.has('+');
  const k = kinds[0];
  const flags = k === 'r' ? (plus ? 'r+' : 'r') : k === 'w' ? (plus ? 'w+' : 'w') : k === 'a' ? (plus ? 'a+' : 'a') : (plus ? 'wx+' : 'wx');
  let fd: number;
  try {
    fd = syscall(() => {
      const n = fs.openSync(file.value, flags);
      if (fs.fstatSync(n).isDirectory()) {
        fs.closeSync(n);
        throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      }
      return n;
    });
  } catch (e) {
    throw oserror(e as NodeJS.ErrnoException, file.value);
  }
  const readable = k === 'r' || plus, writable = k !== 'r' || plus;
  const type = !binary ? PyTextIOWrapper_Type : readable && writable ? PyBufferedRandom_Type : readable ? PyBufferedReader_Type : PyBufferedWriter_Type;
  const f = new PyFile(type, { kind: 'fd', fd }, file, binary ? mode : mode.replace('t', ''), readable, writable, k === 'a', !binary);
  f.dict = new PyDict();
  f.dict.ob_refcnt++; // owned by the object (tp_dictoffset)
  return f;
}

export function newStdStream(fd: 0 | 1 | 2, name: string): PyFile {
  const f = new PyFile(PyTextIOWrapper_Type, { kind: 'std', fd }, newStr(name), fd === 0 ? 'r' : 'w', fd === 0, fd !== 0, false, true);
  f.dict = new PyDict();
  f.dict.ob_refcnt++; // owned by the object (tp_dictoffset)
  return f;
}

function checkOpen(f: PyFile): void {
  if (f.closed) raiseValueError('I/O operation on closed file.');
}

function unsupported(what: string): never {
  const t = ioUnsupported.t;
  if (t === null) raise(OSError, what);
  throw newExceptionArgs(t, [newStr(what)]);
}
export const ioUnsupported: { t: PyType | null } = { t: null };

function loadContent(f: PyFile): Buffer {
  if (f.buf === null) {
    if (f.backend.kind !== 'fd') return Buffer.alloc(0);
    const fd = f.backend.fd;
    f.buf = syscall(() => fs.readFileSync(fd));
    f.pos = 0;
  }
  return f.buf;
}

/** io.DEFAULT_BUFFER_SIZE: what CPython's buffered file fetches or keeps per system call. */
const BUFFER_SIZE = 8192;

/**
 * A read up to byte `end` of the file (its length + 1: up to the end-of-file, which only a
 * read returning nothing tells): CPython's buffered reader makes a read system call when
 * `end` is past what it has fetched, and fetches 8 KiB more (or the whole request).
 */
function fetchTo(f: PyFile, end: number): void {
  if (f.backend.kind !== 'fd' || end <= f.fetched) return;
  const size = f.buf === null ? 0 : f.buf.length;
  f.fetched = end > size ? end : Math.min(Math.max(end, f.fetched + BUFFER_SIZE), size);
  blockingIO.done(blockingIO.start(), true);
}

/** A flush of CPython's write buffer, if it holds bytes: a write system call. */
function flushBuffer(f: PyFile): void {
  if (f.backend.kind !== 'fd' || f.unflushed === 0) return;
  f.unflushed = 0;
  blockingIO.done(blockingIO.start(), true);
}

function writeBytes(f: PyFile, data: Buffer): void {
  const be = f.backend;
  if (be.kind === 'std') {
    stdio.sink.write(be.fd === 2 ? 2 : 1, data.toString('utf8'));
    return;
  }
  // CPython's buffer goes to the file when this write would fill it.
  f.unflushed += data.length;
  const flushes = f.unflushed >= BUFFER_SIZE;
  if (flushes) f.unflushed = 0;
  if (f.appending) {
    syscall(() => fs.writeSync(be.fd, data), flushes);
    if (f.buf !== null) { f.buf = Buffer.concat([f.buf, data]); f.pos = f.buf.length; }
    return;
  }
  const content = loadContentForWrite(f);
  const end = f.pos + data.length;
  const next = Buffer.alloc(Math.max(content.length, end));
  content.copy(next);
  data.copy(next, f.pos);
  f.buf = next;
  syscall(() => fs.writeSync(be.fd, data, 0, data.length, f.pos), flushes);
  f.pos = end;
}

function loadContentForWrite(f: PyFile): Buffer {
  if (f.buf === null) {
    f.buf = f.readable ? loadContent(f) : Buffer.alloc(0);
  }
  return f.buf;
}

function readText(f: PyFile, n: number): string {
  if (f.backend.kind === 'std') {
    let out = '';
    while (n < 0 || out.length < n) {
      const line = stdio.source.readLine();
      if (line === null) break;
      out += line;
    }
    return out;
  }
  const buf = loadContent(f);
  const rest = buf.subarray(f.pos).toString('utf8').replace(/\r\n?/g, '\n');
  const s = n < 0 ? rest : [...rest].slice(0, n).join('');
  f.pos += Buffer.byteLength(s, 'utf8');
  fetchTo(f, n < 0 ? buf.length + 1 : f.pos);
  return s;
}

function readLineText(f: PyFile, limit: number): string {
  if (f.backend.kind === 'std') return stdio.source.readLine() ?? '';
  const buf = loadContent(f);
  const nl = buf.indexOf(10, f.pos);
  const end = nl < 0 ? buf.length : nl + 1;
  let s = buf.subarray(f.pos, end).toString('utf8');
  if (limit >= 0 && s.length > limit) s = s.slice(0, limit);
  f.pos += Buffer.byteLength(s, 'utf8');
  // A last line without a newline ends at the end-of-file.
  fetchTo(f, nl < 0 && f.pos === buf.length ? buf.length + 1 : f.pos);
  return s.replace(/\r\n?$/, '\n');
}

function readBytes(f: PyFile, n: number): Uint8Array {
  const buf = loadContent(f);
  const end = n < 0 ? buf.length : Math.min(buf.length, f.pos + n);
  const out = Uint8Array.from(buf.subarray(f.pos, end));
  f.pos = end;
  fetchTo(f, n < 0 || end === buf.length ? buf.length + 1 : end);
  return out;
}

function readLineBytes(f: PyFile): Uint8Array {
  const buf = loadContent(f);
  const nl = buf.indexOf(10, f.pos);
  const end = nl < 0 ? buf.length : nl + 1;
  const out = Uint8Array.from(buf.subarray(f.pos, end));
  f.pos = end;
  fetchTo(f, nl < 0 ? buf.length + 1 : end);
  return out;
}

function sizeArg(a: PyObject | null): number {
  if (a === null || a === Py_None) return -1;
  const v = index(a).value;
  return typeof v === 'number' ? v : -1;
}

const self = (o: PyObject) => o as PyFile;

function fileRead(o: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const f = self(o);
  checkOpen(f);
  if (!f.readable) unsupported('not readable');
  const [n] = parseArgs('read', args, kw, { names: ['size'], required: 0 });
  return f.text ? newStr(readText(f, sizeArg(n))) : constHooks.bytes(readBytes(f, sizeArg(n)));
}

function fileReadline(o: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const f = self(o);
  checkOpen(f);
  if (!f.readable) unsupported('not readable');
  const [n] = parseArgs('readline', args, kw, { names: ['size'], required: 0 });
  return f.text ? newStr(readLineText(f, sizeArg(n))) : constHooks.bytes(readLineBytes(f));
}

function fileReadlines(o: PyObject): PyObject {
  const out: PyObject[] = [];
  for (;;) {
    const line = fileReadline(o, [], null);
    if (lengthOfLine(line) === 0) break;
    out.push(line);
  }
  return newList(out);
}

function lengthOfLine(o: PyObject): number {
  if (o instanceof PyStr) return o.value.length;
  return bytesHooks.data(o)?.length ?? 0;
}

function fileWrite(o: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const f = self(o);
  const [s] = parseArgs('write', args, kw, { names: ['s'], required: 1 });
  checkOpen(f);
  if (!f.writable) unsupported('not writable');
  if (f.text) {
    if (!(s instanceof PyStr)) raiseTypeError(`write() argument must be str, not ${typeName(s!)}`);
    if (f.backend.kind === 'std') stdio.sink.write(f.backend.fd === 2 ? 2 : 1, s.value);
    else writeBytes(f, Buffer.from(s.value, 'utf8'));
    return newInt([...s.value].length);
  }
  const data = bytesHooks.data(s!);
  if (data === null) raiseTypeError(`a bytes-like object is required, not '${typeName(s!)}'`);
  writeBytes(f, Buffer.from(data));
  return newInt(data.length);
}

function fileClose(o: PyObject): PyObject {
  const f = self(o);
  if (f.closed) return Py_None;
  f.closed = true;
  if (f.backend.kind === 'fd') {
    const fd = f.backend.fd;
    flushBuffer(f);
    syscall(() => {
      try { fs.closeSync(fd); } catch { /* already closed */ }
    });
  }
  return Py_None;
}

function fileIterNext(o: PyObject): PyObject | null {
  const line = fileReadline(o, [], null);
  return lengthOfLine(line) === 0 ? null : line;
}

function fileSeek(o: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const f = self(o);
  checkOpen(f);
  const [off, whence] = parseArgs('seek', args, kw, { names: ['cookie', 'whence'], required: 1 });
  const w = whence === null ? 0 : (index(whence).value as number);
  const n = index(off!).value as number;
  const buf = f.readable ? loadContent(f) : loadContentForWrite(f);
  if (w === 0) {
    if (n < 0) raiseValueError(`negative seek position ${n}`);
    f.pos = n;
  } else if (w === 1) {
    if (f.text && n !== 0) unsupported("can't do nonzero cur-relative seeks");
    f.pos += n;
  } else if (w === 2) {
    if (f.text && n !== 0) unsupported("can't do nonzero end-relative seeks");
    f.pos = buf.length + n;
  } else {
    raiseValueError(`invalid whence (${w}, should be 0, 1 or 2)`);
  }
  // A seek flushes CPython's write buffer and forgets its read buffer.
  flushBuffer(f);
  f.fetched = f.pos;
  return newInt(f.pos);
}

const m = (name: string, fn: (o: PyObject, a: PyObject[], k: string[] | null) => PyObject) => ({ name, fn });

const fileMethods = [
  m('read', fileRead),
  m('readline', fileReadline),
  m('readlines', (o) => fileReadlines(o)),
  m('write', fileWrite),
  m('writelines', (o, a) => {
    for (const x of iterableToArray(a[0])) fileWrite(o, [x], null);
    return Py_None;
  }),
  m('close', (o) => fileClose(o)),
  m('flush', (o) => {
    const f = self(o);
    if (f.backend.kind === 'std' && f.backend.fd !== 0) stdio.sink.flush(f.backend.fd === 2 ? 2 : 1);
    else flushBuffer(f);
    return Py_None;
  }),
  m('seek', fileSeek),
  m('tell', (o) => { checkOpen(self(o)); return newInt(self(o).pos); }),
  m('readable', (o) => { checkOpen(self(o)); return newBool(self(o).readable); }),
  m('writable', (o) => { checkOpen(self(o)); return newBool(self(o).writable); }),
  m('seekable', (o) => { checkOpen(self(o)); return newBool(self(o).backend.kind === 'fd'); }),
  m('isatty', (o) => {
    const f = self(o);
    return newBool(f.backend.kind === 'std' && stdio.sink.isatty(f.backend.fd));
  }),
  m('fileno', (o) => {
    const f = self(o);
    return newInt(f.backend.fd);
  }),
  m('truncate', (o, a) => {
    const f = self(o);
    checkOpen(f);
    const size = a.length && a[0] !== Py_None ? (index(a[0]).value as number) : f.pos;
    if (f.backend.kind === 'fd') {
      fs.ftruncateSync(f.backend.fd, size);
      f.buf = null;
    }
    return newInt(size);
  }),
  m('__enter__', (o) => { checkOpen(self(o)); return o; }),
  m('__exit__', (o) => fileClose(o)),
];

const fileGetsets = [
  { name: 'closed', get: (o: PyObject) => (self(o).closed ? Py_True : Py_False) },
  { name: 'name', get: (o: PyObject) => self(o).name },
  { name: 'mode', get: (o: PyObject) => newStr(self(o).mode) },
];

function fileRepr(o: PyObject): string {
  const f = self(o);
  const tn = f.ob_type.tp_name;
  if (f.text) return `<${tn} name=${reprName(f.name)} mode='${f.mode}' encoding='utf-8'>`;
  return `<${tn} name=${reprName(f.name)}>`;
}
function reprName(n: PyObject): string {
  return n instanceof PyStr ? `'${n.value}'` : strString(n);
}

for (const t of [PyTextIOWrapper_Type, PyBufferedReader_Type, PyBufferedWriter_Type, PyBufferedRandom_Type]) {
  defineType(t, {
    hasdict: true,
    slots: { tp_iter: (o) => { checkOpen(self(o)); return o; }, tp_iternext: fileIterNext, tp_repr: fileRepr },
    methods: fileMethods,
    getsets: t === PyTextIOWrapper_Type
      ? [...fileGetsets, { name: 'encoding', get: () => newStr('utf-8') }, { name: 'errors', get: () => newStr('strict') },
        { name: 'buffer', get: (o: PyObject) => o }, { name: 'line_buffering', get: () => Py_False }]
      : fileGetsets,
  });
}

export { isTrue };
