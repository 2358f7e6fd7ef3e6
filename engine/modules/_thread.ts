// ## _thread: threads, locks and thread-local data
//
// Models Modules/_threadmodule.c over the scheduler of engine/vm/threads.ts: lock objects
// (lock_PyThread_acquire_lock's argument rules and messages), the C RLock, start_new_thread
// (thread_run: an uncaught exception is "ignored in thread started by"), _set_sentinel,
// and _local (local_getattro: one attribute dict per thread).

import { PyObject } from '../objects/object.js';
import { PyType, Py_TPFLAGS_BASETYPE } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { newStaticType, PyBaseObject_Type } from '../objects/typeobjects.js';
import { defineType, readyType } from '../objects/typeready.js';
import { PyDict, dictSetStr } from '../objects/dict.js';
import { PyInt, newInt } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { newStr } from '../objects/str.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { newBuiltin, MethodDef } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import {
  PyBaseException, raiseTypeError, raiseValueError, raise, OverflowError, RuntimeError, SystemExit,
  newException, AttributeError,
} from '../objects/exceptions.js';
import { isSubtype } from '../objects/type.js';
import { typeName, isTrue, call, reprString, getAttr } from '../objects/abstract.js';
import { genericGetAttr, genericSetAttr } from '../objects/typeobject.js';
import { addressHex } from '../memory/address.js';
import { Py_DECREF, traverseHooks } from '../memory/refcount.js';
import { interp } from '../vm/interp.js';
import { formatException } from '../vm/traceback.js';
import { stdio } from '../vm/stdio.js';
import { dictGetStr } from '../objects/dict.js';
import { internalErrorToPython } from '../vm/errors.js';
import {
  gil, block, calledDirectly, takeWake, wake, startThread, currentThread, evalHooks, now, threadEndHooks, PyThreadState, WaitQueue,
} from '../vm/threads.js';
import { defineModule } from './registry.js';

/** PY_TIMEOUT_MAX in seconds on 64-bit Linux. */
const TIMEOUT_MAX = 9223372036.0;

/** acquire()'s (blocking, timeout) → a deadline in ms, or -1 for "do not wait". */
function acquireDeadline(fname: string, args: PyObject[], kwnames: string[] | null): number {
  const [b, t] = parseArgs(fname, args, kwnames, { names: ['blocking', 'timeout'], required: 0, posonly: 0 });
  const blocking = b === null ? true : isTrue(b);
  let timeout = -1;
  if (t !== null) {
    if (t instanceof PyFloat) timeout = t.value;
    else if (t instanceof PyInt) timeout = Number(t.value);
    else raiseTypeError(`'${typeName(t)}' object cannot be interpreted as an integer or float`);
  }
  if (!blocking && timeout !== -1) raiseValueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raiseValueError('timeout value must be positive');
  if (!blocking) return -1;
  if (timeout === -1) return Infinity;
  if (timeout > TIMEOUT_MAX) raise(OverflowError, 'timeout value is too large');
  return now() + timeout * 1000;
}

// ## lock

export class PyLock extends PyObject implements WaitQueue {
  locked = false;
  waiters: PyThreadState[] = [];
  constructor(type: PyType) { super(type); }
}

/**
 * Take the lock for the running thread, waiting up to `deadline` (-1: do not wait).  A woken
 * waiter tries again: the releasing thread may have taken the lock back meanwhile.
 */
function lockAcquire(lock: PyLock, deadline: number, direct: boolean): boolean {
  const w = takeWake(lock);
  if (w !== null) {
    if (w.exc !== null) throw w.exc;
    if (!w.ok) return false;
    deadline = w.deadline;
  }
  for (;;) {
    if (!lock.locked) {
      lock.locked = true;
      return true;
    }
    if (deadline < 0) return false;
    if (!block(lock, lock, deadline, 'lock', direct)) return false;
  }
}

function lockRelease(lock: PyLock): void {
  if (!lock.locked) raise(RuntimeError, 'release unlocked lock');
  lock.locked = false;
  const next = lock.waiters[0];
  if (next !== undefined) wake(next, true);
}

const L = (o: PyObject) => o as PyLock;

function acquireMethod(name: string): MethodDef {
  const def: MethodDef = {
    name,
    fn: (s, a, k) => {
      const direct = calledDirectly(def, k);
      return lockAcquire(L(s), acquireDeadline(name, a, k), direct) ? Py_True : Py_False;
    },
    sig: '($self, /, blocking=True, timeout=-1)',
    doc: 'Lock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is interruptible.',
  };
  return def;
}

const lockEnter: MethodDef = {
  name: '__enter__',
  fn: (s) => {
    const direct = calledDirectly(lockEnter, null);
    return lockAcquire(L(s), Infinity, direct) ? Py_True : Py_False;
  },
};

export const PyLock_Type = newStaticType('_thread.lock', PyBaseObject_Type, 0);
defineType(PyLock_Type, {
  slots: {
    tp_repr: (s) => `<${L(s).locked ? 'locked' : 'unlocked'} _thread.lock object at ${addressHex(s)}>`,
  },
  methods: [
    acquireMethod('acquire'),
    acquireMethod('acquire_lock'),
    lockEnter,
    { name: 'release', fn: (s) => { lockRelease(L(s)); return Py_None; } },
    { name: 'release_lock', fn: (s) => { lockRelease(L(s)); return Py_None; } },
    { name: '__exit__', fn: (s) => { lockRelease(L(s)); return Py_None; } },
    { name: 'locked', fn: (s) => (L(s).locked ? Py_True : Py_False) },
    { name: 'locked_lock', fn: (s) => (L(s).locked ? Py_True : Py_False) },
    { name: '_at_fork_reinit', fn: (s) => { L(s).locked = false; return Py_None; } },
  ],
});

export function newLock(): PyLock {
  return new PyLock(PyLock_Type);
}

// ## RLock

class PyRLock extends PyObject implements WaitQueue {
  owner: PyThreadState | null = null;
  count = 0;
  waiters: PyThreadState[] = [];
  constructor(type: PyType) { super(type); }
}

const R = (o: PyObject) => o as PyRLock;

function rlockAcquire(r: PyRLock, deadline: number, direct: boolean): boolean {
  const t = currentThread();
  const w = takeWake(r);
  if (w !== null) {
    if (w.exc !== null) throw w.exc;
    if (!w.ok) return false;
    deadline = w.deadline;
  }
  if (r.owner === t) {
    r.count++;
    return true;
  }
  for (;;) {
    if (r.owner === null) {
      r.owner = t;
      r.count = 1;
      return true;
    }
    if (deadline < 0) return false;
    if (!block(r, r, deadline, 'lock', direct)) return false;
  }
}

function rlockRelease(r: PyRLock): void {
  if (r.owner !== currentThread() || r.count === 0) raise(RuntimeError, 'cannot release un-acquired lock');
  if (--r.count > 0) return;
  freeRLock(r);
}

/** The RLock is free: its first waiter wakes and tries to take it. */
function freeRLock(r: PyRLock): void {
  r.owner = null;
  r.count = 0;
  const next = r.waiters[0];
  if (next !== undefined) wake(next, true);
}

function rlockAcquireMethod(name: string): MethodDef {
  const def: MethodDef = {
    name,
    fn: (s, a, k) => {
      const direct = calledDirectly(def, k);
      return rlockAcquire(R(s), acquireDeadline(name, a, k), direct) ? Py_True : Py_False;
    },
    sig: '($self, /, blocking=True, timeout=-1)',
  };
  return def;
}

const rlockEnter: MethodDef = {
  name: '__enter__',
  fn: (s) => {
    const direct = calledDirectly(rlockEnter, null);
    return rlockAcquire(R(s), Infinity, direct) ? Py_True : Py_False;
  },
};

// Condition.wait: take the lock back with the saved count (it may have to wait for it).
const rlockAcquireRestore: MethodDef = {
  name: '_acquire_restore',
  fn: (s, a) => {
    const direct = calledDirectly(rlockAcquireRestore, null);
    const r = R(s);
    const st = a[0];
    if (!(st instanceof PyTuple) || st.items.length !== 2) raiseTypeError('_acquire_restore() argument must be a 2-tuple');
    rlockAcquire(r, Infinity, direct);
    r.count = Number((st.items[0] as PyInt).value);
    return Py_None;
  },
};

export const PyRLock_Type = newStaticType('_thread.RLock', PyBaseObject_Type, Py_TPFLAGS_BASETYPE);
defineType(PyRLock_Type, {
  slots: {
    tp_new: (type) => new PyRLock(type),
    tp_init: () => {},
    tp_repr: (s) => {
      const r = R(s);
      return `<${r.owner !== null ? 'locked' : 'unlocked'} ${s.ob_type.tp_name} object owner=${r.owner?.ident ?? 0} count=${r.count} at ${addressHex(s)}>`;
    },
  },
  methods: [
    rlockAcquireMethod('acquire'),
    rlockEnter,
    { name: 'release', fn: (s) => { rlockRelease(R(s)); return Py_None; } },
    { name: '__exit__', fn: (s) => { rlockRelease(R(s)); return Py_None; } },
    { name: '_is_owned', fn: (s) => (R(s).owner === currentThread() && R(s).count > 0 ? Py_True : Py_False) },
    {
      // Condition.wait: give the lock up entirely, remembering the count and owner.
      name: '_release_save', fn: (s) => {
        const r = R(s);
        if (r.count === 0) raise(RuntimeError, 'cannot release un-acquired lock');
        const state = new PyTuple([newInt(r.count), newInt(r.owner!.ident)]);
        freeRLock(r);
        return state;
      },
    },
    rlockAcquireRestore,
    { name: '_at_fork_reinit', fn: (s) => { R(s).owner = null; R(s).count = 0; return Py_None; } },
  ],
});

// ## Starting threads

/** thread_run's ending: SystemExit ends the thread quietly, anything else is unraisable. */
function reportUncaught(t: PyThreadState, func: PyObject, e: unknown): void {
  const exc = e instanceof PyBaseException ? e : internalErrorToPython(e, null);
  void t;
  if (isSubtype(exc.ob_type, SystemExit)) return;
  let head: string;
  try { head = `Exception ignored in thread started by: ${reprString(func)}\n`; } catch { head = 'Exception ignored in thread started by: <object repr() failed>\n'; }
  const text = head + formatException(exc);
  const err = interp.sys === null ? null : dictGetStr(interp.sys.md_dict, 'stderr');
  try {
    if (err !== null && err !== Py_None) { call(getAttr(err, 'write'), [newStr(text)]); return; }
  } catch { /* fall back to the raw stream */ }
  stdio.sink.write(2, text);
}
evalHooks.reportUncaught = reportUncaught;

function startNewThread(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length) raiseTypeError('start_new_thread() takes no keyword arguments');
  if (args.length < 2 || args.length > 3) {
    raiseTypeError(`start_new_thread expected at ${args.length < 2 ? 'least 2' : 'most 3'} arguments, got ${args.length}`);
  }
  const [func, fargs, fkw] = args;
  if (func.ob_type.tp_call === null) raiseTypeError('first arg must be callable');
  if (!(fargs instanceof PyTuple)) raiseTypeError('2nd arg must be a tuple');
  if (fkw !== undefined && !(fkw instanceof PyDict)) raiseTypeError('optional 3rd arg must be a dictionary');
  const a = [...fargs.items];
  let kw: string[] | null = null;
  if (fkw instanceof PyDict) {
    kw = [];
    for (let i = 0; i < fkw.keys.length; i++) {
      const k = fkw.keys[i];
      if (k === null) continue;
      kw.push(reprKey(k));
      a.push(fkw.values[i]!);
    }
  }
  // The new thread owns its function and arguments until it ends.
  func.ob_refcnt++;
  for (const v of a) v.ob_refcnt++;
  const t = startThread(func, a, kw);
  t.sentinels.push(() => {
    Py_DECREF(func);
    for (const v of a) Py_DECREF(v);
  });
  return newInt(t.ident);
}

function reprKey(k: PyObject): string {
  if (k.ob_type.tp_name !== 'str') raiseTypeError('keywords must be strings');
  return (k as unknown as { value: string }).value;
}

/** _set_sentinel(): a lock the running thread holds until its state is deleted. */
function setSentinel(): PyObject {
  const lock = newLock();
  lock.locked = true;
  lock.ob_refcnt++;
  currentThread().sentinels.push(() => {
    if (lock.locked) lockRelease(lock);
    Py_DECREF(lock);
  });
  return lock;
}

// ## _local

class PyLocal extends PyObject {
  /** The other threads' attribute dicts (the running one's is `dict`), each counted. */
  others = new Map<PyThreadState, PyDict>();
  owner: PyThreadState | null = null;
  args: PyObject[] = [];
  kwnames: string[] | null = null;
  constructor(type: PyType) { super(type); }
}

const liveLocals = new Set<PyLocal>();

/** Make `o.dict` the running thread's dict, creating (and initialising) it on first use. */
function localDict(o: PyLocal): void {
  const t = currentThread();
  if (o.owner === t) return;
  if (o.owner !== null && o.dict !== null) o.others.set(o.owner, o.dict as PyDict);
  const d = o.others.get(t);
  o.owner = t;
  if (d !== undefined) {
    o.others.delete(t);
    o.dict = d;
    return;
  }
  const nd = new PyDict();
  nd.ob_refcnt++;
  o.dict = nd;
  // A new thread's first touch runs __init__ again with the original arguments.
  if (o.ob_type !== PyLocal_Type) {
    const init = getAttr(o.ob_type, '__init__');
    call(init, [o, ...o.args], o.kwnames);
  }
}

export const PyLocal_Type = newStaticType('_thread._local', PyBaseObject_Type, Py_TPFLAGS_BASETYPE);
defineType(PyLocal_Type, {
  doc: 'Thread-local data',
  hasdict: true,
  slots: {
    tp_new: (type, args, kwnames) => {
      if (args.length && type.tp_init === PyBaseObject_Type.tp_init) raiseTypeError('Initialization arguments are not supported');
      const o = new PyLocal(type);
      o.args = args.slice();
      for (const a of o.args) a.ob_refcnt++;
      o.kwnames = kwnames;
      const d = new PyDict();
      d.ob_refcnt++;
      o.dict = d;
      o.owner = currentThread();
      liveLocals.add(o);
      return o;
    },
    tp_getattro: (o, name) => {
      localDict(o as PyLocal);
      return genericGetAttr(o, name);
    },
    tp_setattro: (o, name, v) => {
      if (name === '__dict__') raise(AttributeError, `'${typeName(o)}' object attribute '__dict__' is read-only`);
      localDict(o as PyLocal);
      genericSetAttr(o, name, v);
    },
  },
});

traverseHooks.push((o, visit, dealloc) => {
  if (!(o instanceof PyLocal)) return false;
  for (const d of o.others.values()) visit(d);
  for (const a of o.args) visit(a);
  if (dealloc) {
    o.others.clear();
    o.args = [];
    liveLocals.delete(o);
  }
  return true;
});

threadEndHooks.push((t) => {
  for (const o of liveLocals) {
    const d = o.others.get(t);
    if (d !== undefined) { o.others.delete(t); Py_DECREF(d); }
    if (o.owner === t && o.dict !== null) {
      const cur = o.dict;
      o.dict = null;
      o.owner = null;
      Py_DECREF(cur);
    }
  }
});

// ## The module

defineModule('_thread', (m: PyModule) => {
  for (const t of [PyLock_Type, PyRLock_Type, PyLocal_Type]) readyType(t);
  const md = m.md_dict;
  const fn = (name: string, f: (a: PyObject[], k: string[] | null) => PyObject, doc?: string) =>
    dictSetStr(md, name, newBuiltin(name, (_m, a, k) => f(a, k), '_thread', undefined, doc));
  fn('start_new_thread', startNewThread, 'Start a new thread and return its identifier.');
  dictSetStr(md, 'start_new', dictGetStr(md, 'start_new_thread')!);
  fn('allocate_lock', () => newLock(), 'Create a new lock object. See help(type(threading.Lock())) for\ninformation about locks.');
  dictSetStr(md, 'allocate', dictGetStr(md, 'allocate_lock')!);
  fn('get_ident', () => newInt(currentThread().ident), "Return a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously.");
  fn('get_native_id', () => newInt(currentThread().native_id), 'Return a non-negative integer identifying the thread as reported\nby the OS (kernel).');
  fn('_count', () => newInt(gil.threads.length - 1), 'Return the number of currently running Python threads, excluding\nthe main thread.');
  fn('_set_sentinel', () => setSentinel());
  fn('stack_size', (a) => {
    if (a.length && !(a[0] instanceof PyInt && a[0].value === 0)) raiseValueError('size not valid: ' + reprString(a[0]) + ' bytes');
    return newInt(0);
  }, 'Return the thread stack size used when creating new threads.');
  fn('interrupt_main', () => { gil.pendingInterrupt = true; gil.countdown = 0; return Py_None; },
    'Simulate the arrival of the given signal in the main thread,\nwhere the corresponding signal handler will be called.');
  fn('exit', () => { throw newException(SystemExit, null); }, 'This is synonymous to ``raise SystemExit\'\'.');
  dictSetStr(md, 'exit_thread', dictGetStr(md, 'exit')!);
  fn('_is_main_interpreter', () => Py_True);
  fn('_glasspy_set_name', (a) => { currentThread().name = (a[0] as unknown as { value: string }).value; return Py_None; });
  dictSetStr(md, 'LockType', PyLock_Type);
  dictSetStr(md, 'lock', PyLock_Type);
  dictSetStr(md, 'RLock', PyRLock_Type);
  dictSetStr(md, '_local', PyLocal_Type);
  dictSetStr(md, 'error', RuntimeError);
  dictSetStr(md, 'TIMEOUT_MAX', newFloat(TIMEOUT_MAX));
});
