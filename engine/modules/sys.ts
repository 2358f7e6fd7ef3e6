// ## The sys module
//
// Models Python/sysmodule.c for what a program can observe.  Values describe CPython 3.11.7
// on 64-bit Linux, the interpreter glasspy models; `sys.implementation.name` is 'glasspy'.

import { switchInterval } from '../vm/switchinterval.js';
import { releaseLater } from '../memory/refcount.js';
import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict, dictSetStr, dictGetStr } from '../objects/dict.js';
import { PyStr, newStr, internStr } from '../objects/str.js';
import { newInt, newIntBig } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { newTuple, PyTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { oneArg, parseArgs } from '../objects/args.js';
import { newStructSeqType, newStructSeq } from '../objects/structseq.js';
import { raiseTypeError, raiseValueError, raise, newExceptionArgs, SystemExit, PyBaseException } from '../objects/exceptions.js';
import { recursion, index, typeName, call, reprString, setAttr } from '../objects/abstract.js';
import { tstate, topmostException } from '../vm/tstate.js';
import { tracing, setTrace, setProfile, traceTrampoline, profileTrampoline, callTracing } from '../vm/tracing.js';
import { interp } from '../vm/interp.js';
import { stdio } from '../vm/stdio.js';
import { formatException } from '../vm/traceback.js';
import { newStdStream } from '../objects/fileio.js';
import { LIB_DIR } from '../vm/import.js';
import { nativeModules } from './registry.js';
import { GLASSPY_VERSION } from '../version.js';
import { defineModule } from './registry.js';
import { intMaxStrDigits } from '../objects/longobject.js';
import { sysGetsizeof } from '../memory/sizeof.js';
import { debugMallocStatsReport, getAllocatedBlocks } from '../memory/mallocstats.js';
import { totalRefCount } from '../memory/totalrefs.js';

export const PYTHON_VERSION = '3.11.7';

const fn = (name: string, f: NativeFn, doc?: string) => newBuiltin(name, f, 'sys', undefined, doc);

function sys_exit(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [status] = parseArgs('exit', args, kw, { names: ['status'], required: 0 });
  throw newExceptionArgs(SystemExit, status === null ? [] : [status]);
}

function sys_getframe(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [depth] = parseArgs('_getframe', args, kw, { names: ['depth'], required: 0 });
  let n = depth === null ? 0 : (index(depth).value as number);
  let f = tstate.frame;
  while (n-- > 0 && f !== null) f = f.f_back;
  if (f === null) raiseValueError('call stack is not deep enough');
  return f;
}

function sys_exc_info(): PyObject {
  const e = topmostException();
  if (e === null) return newTuple([Py_None, Py_None, Py_None]);
  return newTuple([e.ob_type, e, (e as PyBaseException).traceback ?? Py_None]);
}

function sys_displayhook(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const v = oneArg('displayhook', args, kw);
  if (v === Py_None) return Py_None;
  const b = interp.builtins!.md_dict;
  dictSetStr(b, '_', Py_None);
  const out = dictGetStr(interp.sys!.md_dict, 'stdout');
  if (out !== null) call(getWrite(out), [newStr(reprString(v) + '\n')]);
  dictSetStr(b, '_', v);
  return Py_None;
}

function getWrite(out: PyObject): PyObject {
  return out.ob_type.tp_getattro!(out, 'write');
}

function sys_excepthook(_m: PyObject, args: PyObject[]): PyObject {
  if (args.length !== 3) raiseTypeError(`excepthook expected 3 arguments, got ${args.length}`);
  const err = dictGetStr(interp.sys!.md_dict, 'stderr');
  const text = formatException(args[1]);
  if (err !== null && err !== Py_None) {
    // PyFile_WriteObject: the bound write(), the text and write()'s result are dropped.
    const write = getWrite(err);
    const arg = newStr(text);
    try {
      const r = call(write, [arg]);
      if (r !== arg) releaseLater(r);
    } finally {
      releaseLater(arg);
      releaseLater(write);
    }
  } else stdio.sink.write(2, text);
  return Py_None;
}

defineModule('sys', (m: PyModule) => {
  const d = m.md_dict;
  const set = (k: string, v: PyObject) => dictSetStr(d, k, v);
  set('__doc__', newStr('This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.'));
  set('modules', interp.modules);
  set('path', newList([newStr(LIB_DIR)]));
  set('argv', newList([newStr('')]));
  set('orig_argv', newList([]));
  set('meta_path', newList([]));
  set('path_hooks', newList([]));
  set('path_importer_cache', new PyDict());
  set('warnoptions', newList([]));
  set('_xoptions', new PyDict());
  const stdin = newStdStream(0, '<stdin>'), stdout = newStdStream(1, '<stdout>'), stderr = newStdStream(2, '<stderr>');
  set('stdin', stdin); set('stdout', stdout); set('stderr', stderr);
  set('__stdin__', stdin); set('__stdout__', stdout); set('__stderr__', stderr);
  set('version', newStr(`${PYTHON_VERSION} (glasspy ${GLASSPY_VERSION}, Node ${process.version}) [TypeScript]`));
  const vi = newStructSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
  set('version_info', newStructSeq(vi, [newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)]));
  set('hexversion', newInt(0x030b07f0));
  set('api_version', newInt(1013));
  set('platform', newStr('linux'));
  set('byteorder', newStr('little'));
  set('maxsize', newIntBig(2n ** 63n - 1n));
  set('maxunicode', newInt(0x10ffff));
  set('executable', newStr(process.argv[1] ?? 'glasspy'));
  set('prefix', newStr('/usr')); set('base_prefix', newStr('/usr'));
  set('exec_prefix', newStr('/usr')); set('base_exec_prefix', newStr('/usr'));
  set('float_repr_style', newStr('short'));
  set('dont_write_bytecode', Py_True);
  set('copyright', newStr('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.'));
  set('builtin_module_names', newTuple([...nativeModules.keys()].sort().map((n) => newStr(n))));
  const impl = new PyModule('sys.implementation');
  // SimpleNamespace-like: a module object serves, printing as a namespace is left to types.SimpleNamespace.
  dictSetStr(impl.md_dict, 'name', newStr('glasspy'));
  dictSetStr(impl.md_dict, 'cache_tag', Py_None);
  dictSetStr(impl.md_dict, 'version', newStructSeq(vi, [newInt(0), newInt(1), newInt(0), newStr('alpha'), newInt(0)]));
  dictSetStr(impl.md_dict, 'hexversion', newInt(0x000100a0));
  set('implementation', impl);
  const fi = newStructSeqType('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
  set('float_info', newStructSeq(fi, [
    newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307),
    newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1),
  ]));
  const ii = newStructSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
  set('int_info', newStructSeq(ii, [newInt(30), newInt(4), newInt(4300), newInt(640)]));
  const hi = newStructSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
  set('hash_info', newStructSeq(hi, [
    newInt(64), newIntBig(2n ** 61n - 1n), newInt(314159), newInt(0), newInt(1000003), newStr('siphash13'), newInt(64), newInt(128), newInt(0),
  ]));
  const fl = newStructSeqType('sys.flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
    'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
    'warn_default_encoding', 'safe_path', 'int_max_str_digits']);
  set('flags', newStructSeq(fl, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1].map((x, i) => (i === 13 || i === 16 ? Py_False : newInt(x)))));
  const fns: [string, NativeFn, string?][] = [
    ['exit', sys_exit, 'Exit the interpreter by raising SystemExit(status).'],
    ['getrecursionlimit', () => newInt(recursion.limit), 'Return the current value of the recursion limit.'],
    ['setrecursionlimit', (_m, a, k) => {
      const v = index(oneArg('setrecursionlimit', a, k)).value as number;
      if (v < 1) raiseValueError('recursion limit must be greater or equal than 1');
      if (v <= recursion.depth) {
        raise(recursionErrorType(), `cannot set the recursion limit to ${v} at the recursion depth ${recursion.depth}: the limit is too low`);
      }
      recursion.limit = v;
      return Py_None;
    }, 'Set the maximum depth of the Python interpreter stack to n.'],
    ['get_int_max_str_digits', () => newInt(intMaxStrDigits.value), 'Return the maximum string digits limit for non-binary int<->str conversions.'],
    ['set_int_max_str_digits', (_m, a, k) => {
      const [v] = parseArgs('set_int_max_str_digits', a, k, { names: ['maxdigits'], required: 1, posonly: 0 });
      const n = Number(index(v!).value);
      if (n !== 0 && n < 640) raiseValueError('maxdigits must be 0 or larger than 640');
      intMaxStrDigits.value = n;
      return Py_None;
    }, 'Set the maximum string digits limit for non-binary int<->str conversions.'],
    ['_getframe', sys_getframe, 'Return a frame object from the call stack.'],
    ['exc_info', sys_exc_info, 'Return current exception information: (type, value, traceback).'],
    ['exception', () => topmostException() ?? Py_None, 'Return the current exception.'],
    ['intern', (_m, a, k) => {
      const s = oneArg('intern', a, k);
      if (!(s instanceof PyStr) || s.ob_type.tp_name !== 'str') raiseTypeError(`intern() argument must be str, not ${typeName(s)}`);
      return internStr(s.value);
    }, "``Intern'' the given string."],
    ['getdefaultencoding', () => newStr('utf-8')],
    ['getfilesystemencoding', () => newStr('utf-8')],
    ['getfilesystemencodeerrors', () => newStr('surrogateescape')],
    ['displayhook', sys_displayhook, 'Print an object to sys.stdout and also save it in builtins._'],
    ['excepthook', sys_excepthook, 'Handle an exception by displaying it with a traceback on sys.stderr.'],
    ['getswitchinterval', () => newFloat(switchInterval.value), 'Return the current thread switch interval.'],
    ['setswitchinterval', (_m, a) => {
      const v = a[0] instanceof PyFloat ? a[0].value : Number((index(a[0]).value));
      if (!(v > 0)) raiseValueError('switch interval must be strictly positive');
      switchInterval.value = v;
      return Py_None;
    }, 'Set the ideal thread switching delay inside the Python interpreter.'],
    ['getrefcount', (_m, a, k) => newInt(oneArg('getrefcount', a, k).ob_refcnt),
      'Return the reference count of object.\n\nThe count returned is generally one higher than you might expect,\nbecause it includes the (temporary) reference as an argument to\ngetrefcount().'],
    ['getsizeof', (_m, a, k) => sysGetsizeof(a, k), 'getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes.'],
    ['getallocatedblocks', () => newInt(getAllocatedBlocks()), 'Return the number of memory blocks currently allocated.'],
    // CPython has it in debug builds only; glasspy's sums over reachable objects (memory/totalrefs.ts).
    ['gettotalrefcount', () => newInt(totalRefCount()), 'Return the sum of the reference counts of the objects the program can reach (a glasspy addition; CPython has it in debug builds).'],
    ['_debugmallocstats', () => { stdio.sink.write(2, debugMallocStatsReport()); return Py_None; }, "Print summary info to stderr about the state of pymalloc's structures.\n\nIn Py_DEBUG mode, also perform some expensive internal consistency\nchecks."],
    ['settrace', (_m, a, k) => {
      const func = oneArg('sys.settrace', a, k);
      setTrace(func === Py_None ? null : traceTrampoline, func);
      return Py_None;
    }, 'Set the global debug tracing function.'],
    ['setprofile', (_m, a, k) => {
      const func = oneArg('sys.setprofile', a, k);
      setProfile(func === Py_None ? null : profileTrampoline, func);
      return Py_None;
    }, 'Set the profiling function.'],
    ['call_tracing', (_m, a, k) => {
      if (k !== null && k.length) raiseTypeError('call_tracing() takes no keyword arguments');
      if (a.length !== 2) raiseTypeError(`call_tracing expected 2 arguments, got ${a.length}`);
      if (!(a[1] instanceof PyTuple)) raiseTypeError(`call_tracing() argument 2 must be tuple, not ${typeName(a[1])}`);
      return callTracing(a[0], a[1].items.slice());
    }, 'Call func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code.'],
    ['gettrace', () => tracing.c_traceobj ?? Py_None, 'Return the global debug tracing function set with sys.settrace.'],
    ['getprofile', () => tracing.c_profileobj ?? Py_None, 'Return the profiling function set with sys.setprofile.'],
    ['is_finalizing', () => Py_False],
  ];
  for (const [name, f, doc] of fns) set(name, fn(name, f, doc));
  set('__displayhook__', dictGetStr(d, 'displayhook')!);
  set('__excepthook__', dictGetStr(d, 'excepthook')!);
  void setAttr;
});

function recursionErrorType() {
  return recursionErrorRef.t!;
}
export const recursionErrorRef: { t: import('../objects/type.js').PyType | null } = { t: null };
export { switchInterval };
