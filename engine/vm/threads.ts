// ## Threads and the GIL
//
// Models Python/ceval_gil.h (3.11) and the thread states of Python/pystate.c on one JS
// thread.  Every Python thread is a PyThreadState record: its own frame chain, exc_info
// stack, recursion depth and ident.  Exactly one of them runs at a time — it holds the GIL —
// and switching threads swaps the record's fields into `tstate` and `recursion`.
//
// How a thread gives up the GIL depends on what is below it on the JS stack:
//
// - A thread other than the main one normally runs as a *slice*: the scheduler calls the
//   evaluation loop on its frames from a flat JS stack (tstate.nested === 0).  At the eval
//   breaker it saves ip/sp and returns SUSPEND; a blocking native called straight from its
//   CALL (lock.acquire, time.sleep) throws SuspendSignal and the instruction is restarted
//   when the thread runs again, the native then finding its outcome in `wake`.
// - The main thread (below it: the script runner or the session) and any thread inside a
//   native that called back into Python cannot return.  It is *pinned*: it calls
//   runUntilResumed(), which runs other threads' slices nested on the JS stack until this
//   thread may go on.  A pinned thread below another pinned thread cannot run until the upper
//   one returns (the README documents this limit).
//
// When the GIL is dropped: at the eval breaker when another thread has waited for it
// `sys.getswitchinterval()` seconds since the last switch (CPython's gil_drop_request), or
// after N instructions in the deterministic mode (`_glasspy_gil.set_deterministic(N)`);
// on time.sleep; on a blocking lock acquire; around blocking I/O (ioDone()).  Releasing a
// lock wakes its first waiter, which tries again when it gets the GIL (the releasing thread
// may have taken the lock back by then, as with CPython's semaphores).

import { PyObject } from '../objects/object.js';
import { PyBaseException, KeyboardInterrupt, RuntimeError, newException } from '../objects/exceptions.js';
import { tstate, ExcInfo } from './tstate.js';
import { recursion } from '../objects/abstract.js';
import type { Frame } from './frame.js';
import { switchInterval } from './switchinterval.js';
import { stdio } from './stdio.js';
import { zombies, drainPending } from '../memory/refcount.js';
import { blockingIO } from './blockingio.js';

export type ThreadStatus = 'new' | 'ready' | 'running' | 'blocked' | 'done';

/** Why a thread gave up the GIL (shown by %gil). */
export type SwitchReason = 'interval' | 'count' | 'sleep' | 'lock' | 'io' | 'exit';

/** The outcome a woken thread finds when its blocking native runs again. */
export interface Wake {
  key: object;
  ok: boolean;
  exc: PyBaseException | null;
  /** The wait's deadline, for a native that waits again (a lock taken by another thread first). */
  deadline: number;
}

/** Something threads queue on (a lock): wake() takes them off it. */
export interface WaitQueue {
  waiters: PyThreadState[];
}

let nextSerial = 0;

/** PyThreadState: one Python thread's interpreter state. */
export class PyThreadState {
  readonly serial: number;
  /** threading.get_ident(): a pthread_t-like number, as CPython shows. */
  readonly ident: number;
  readonly native_id: number;
  /** The name %gil shows; threading sets it to the Thread's name. */
  name: string;
  status: ThreadStatus = 'new';
  frame: Frame | null = null;
  excInfo: ExcInfo = { value: null, prev: null };
  depth = 0;
  nested = 0;
  /** The bottom frame of a thread running as slices. */
  entry: Frame | null = null;
  /** What the thread runs (set until it starts). */
  start: { func: PyObject; args: PyObject[]; kwnames: string[] | null } | null = null;
  /** Inside runUntilResumed(): has a JS activation below the running code. */
  pinned = false;
  wake: Wake | null = null;
  waitKey: object | null = null;
  waitQueue: WaitQueue | null = null;
  waitReason: SwitchReason = 'lock';
  deadline = Infinity;
  /** Called when the thread ends: _set_sentinel locks released, its function's references dropped. */
  sentinels: ((t: PyThreadState) => void)[] = [];
  constructor(name: string) {
    this.serial = nextSerial++;
    // pthread_t values are addresses of the threads' stacks (8 MiB apart on Linux).
    this.ident = 0x7f3a1c000740 - this.serial * 0x801000;
    this.native_id = process.pid + this.serial;
    this.name = name;
  }
}

/** One entry of the %gil record: a thread's state from `at` (ms) on. */
export interface GilEvent {
  at: number;
  thread: PyThreadState;
  status: ThreadStatus;
  reason: SwitchReason | null;
}

const SINGLE = 1 << 30;

export const gil = {
  /** Breaker checks left before the slow path (evalBreaker) runs. */
  countdown: SINGLE,
  /** Checks between clock reads in the real-time mode (adapted to the loop's speed). */
  clockEvery: 64,
  lastClock: 0,
  /** 0: real time (the switch interval); N > 0: switch after N instructions (see beforeInstruction). */
  deterministic: 0,
  /** Deterministic mode: switch at the instruction the count runs out on, not at the next breaker check. */
  anywhere: false,
  /** Deterministic mode: instructions the holder may still execute while another thread waits. */
  instructions: 0,
  /** The loop's per-instruction hook is counting instructions (zombies.urgent is kept at TICK). */
  ticking: false,
  /** A blocking I/O call let a waiting thread take the GIL: the holder hands it over at the next breaker check. */
  ioHandover: false,
  threads: [] as PyThreadState[],
  ready: [] as PyThreadState[],
  blocked: [] as PyThreadState[],
  current: null as unknown as PyThreadState,
  main: null as unknown as PyThreadState,
  /** When the running thread must drop the GIL if another one waits (gil_drop_request). */
  dropAt: Infinity,
  switches: 0,
  /** What a CALL (or CALL_FUNCTION_EX, or a `with`) is calling, so a blocking native knows it may suspend. */
  directFn: null as PyObject | null,
  /** The blocking native's keyword names, given back to the frame when its CALL is restarted. */
  directKw: null as string[] | null,
  /** Ctrl-C seen while another thread ran: the main thread raises it when it runs. */
  pendingInterrupt: false,
  recording: null as GilEvent[] | null,
};

/** Thrown by a blocking native in a slice: the scheduler restarts the CALL later. */
export class SuspendSignal {}

/** execute()'s "this thread gave up the GIL" result. */
export const SUSPEND = { suspend: true } as unknown as PyObject;

/** The eval loop functions threads.ts needs (filled by eval.ts; avoids an import cycle). */
export const evalHooks = {
  runSlice: null as unknown as (entry: Frame, start: boolean) => PyObject,
  makeEntry: null as unknown as (func: PyObject, args: PyObject[], kwnames: string[] | null) => Frame | null,
  call: null as unknown as (func: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject,
  reportUncaught: null as unknown as (t: PyThreadState, func: PyObject, exc: unknown) => void,
};

export function now(): number {
  return performance.now();
}

function record(t: PyThreadState, status: ThreadStatus, reason: SwitchReason | null): void {
  if (gil.recording !== null) gil.recording.push({ at: now(), thread: t, status, reason });
}

/** The main thread's state, made at boot. */
export function initMainThread(): PyThreadState {
  if (gil.main) return gil.main;
  const t = new PyThreadState('MainThread');
  t.status = 'running';
  gil.main = t;
  gil.current = t;
  gil.threads.push(t);
  return t;
}

/**
 * The switch interval in ms.  A waiting CPython thread sleeps in a timed condition wait, and
 * Linux lets such a wait overrun by its timer slack (50 µs by default): intervals below that
 * behave as about 50 µs.
 */
function interval(): number {
  return Math.max(switchInterval.value * 1000, TIMER_SLACK_MS);
}

const TIMER_SLACK_MS = 0.05;

/** Recompute how soon the eval breaker runs its slow path. */
function resetCountdown(): void {
  const counting = gil.deterministic > 0 && gil.threads.length > 1;
  if (counting !== gil.ticking) {
    gil.ticking = counting;
    zombies.rest = counting ? TICK : 0;
    if (counting) zombies.urgent = TICK;
  }
  if (gil.pendingInterrupt || gil.ioHandover) gil.countdown = 0;
  else if (gil.threads.length <= 1) gil.countdown = SINGLE;
  else if (gil.deterministic > 0) gil.countdown = gil.instructions <= 0 ? 0 : TIMER_CHECKS - 1;
  else gil.countdown = gil.clockEvery - 1;
}

/** Deterministic mode: breaker checks between looks at the sleepers' timers. */
const TIMER_CHECKS = 64;

/**
 * `n` > 0: drop the GIL after the holder has executed `n` instructions while another thread
 * waited — at the next eval-breaker check (CPython 3.11's switch points), or, with
 * `anywhere`, before the very next instruction.  0: back to the switch interval.
 */
export function setDeterministic(n: number, anywhere = false): void {
  gil.deterministic = n;
  gil.anywhere = n > 0 && anywhere;
  gil.instructions = n;
  resetCountdown();
}

// ## Counting instructions (deterministic mode)
//
// The loop already tests one word every instruction: `zombies.urgent`, the refcount layer's
// "objects are waiting to be freed" flag.  The deterministic mode keeps that word at TICK so
// every instruction comes here, and the loop runs exactly its usual code when the mode is
// off — counting with a decrement of our own per instruction would cost every program.  The
// refcount layer sets the word to 1 when objects wait and back to `zombies.rest` (TICK) when
// it has freed them; a 1 is passed on to drainPending().

/** zombies.urgent's value when only the instruction count asked for the call. */
const TICK = 2;

/**
 * The loop's per-instruction slow path: free what is waiting, then count the instruction
 * about to run at `frame.lasti` (`op`).  True: the running slice must return SUSPEND (the
 * instruction has not run; the thread resumes at it).
 */
export function beforeInstruction(frame: Frame, op: number): boolean {
  if (zombies.urgent !== TICK) drainPending();
  if (!gil.ticking) {
    // The mode ended (or the last other thread did) while the word was armed.
    if (zombies.urgent === TICK) zombies.urgent = 0;
    return false;
  }
  // A line-traced frame dispatches each instruction twice (TRACE, then the real one).
  if (op === TRACE_OPCODE || gil.ready.length === 0) return false;
  if (--gil.instructions > 0) return false;
  if (!gil.anywhere) {
    // Switch at the next eval-breaker check, where CPython 3.11 could.
    gil.countdown = 0;
    return false;
  }
  frame.ip = frame.lasti;
  return yieldGil(gil.current, 'count', true);
}

/** TraceOp.TRACE (tracing.ts), the pseudo-opcode of an armed instruction. */
const TRACE_OPCODE = 255;

// ## Blocking I/O
//
// CPython releases the GIL around a blocking system call (Py_BEGIN_ALLOW_THREADS in
// _Py_read, _Py_write, FileIO's open and close, PyOS_Readline) and takes it back after.  A
// thread waiting for the GIL gets it only if it wakes up before the call returns: a fast
// call (a read from the page cache: microseconds) is over before that and the holder just
// goes on; a call that lasts (a terminal read, a big write, fsync) lets the waiter run,
// and the caller then waits for the GIL like any thread (CPython 3.11 measured here:
// 2000 small preads with a CPU-bound thread waiting gave it no turn; 50 writes of 1 MiB
// and every fsync did).  The engine's I/O is synchronous JS, so glasspy times the call and
// hands the GIL over after it when it took WAKE_MS or more and another thread was waiting
// — the switch lands at the next eval-breaker check, which is right after the CALL of the
// I/O function.  In the deterministic mode every such call hands over when a thread waits,
// so demos are reproducible.

/** About how long a thread waiting in a timed condition wait takes to wake (Linux). */
const WAKE_MS = 0.05;

/** The time a blocking I/O call starts (give it to ioDone()); -1 when no thread could take the GIL. */
function ioStart(): number {
  return gil.threads.length <= 1 ? -1 : now();
}

/**
 * A blocking I/O call that began at `start` (ioStart()) returned.  `syscall` false: glasspy
 * wrote through where CPython's buffer would have kept the bytes (the deterministic mode
 * then does not hand over; in real time only a call that took long enough does).
 */
function ioDone(start: number, syscall: boolean): void {
  if (start < 0 || gil.threads.length <= 1) return;
  const at = now();
  if (gil.deterministic > 0 ? !syscall : at - start < WAKE_MS) return;
  if (gil.blocked.length) pollTimers(at);
  if (gil.ready.length === 0) return;
  gil.ioHandover = true;
  gil.countdown = 0;
}

/** A read that would block: the others run for up to `ms` while this thread waits for data. */
function ioWait(ms: number): boolean {
  if (gil.threads.length <= 1) return false;
  block(ioWaitKey, null, now() + ms, 'io', false);
  return true;
}
const ioWaitKey = {};

blockingIO.start = ioStart;
blockingIO.done = ioDone;
blockingIO.wait = ioWait;

// ## Thread states in and out of tstate

function saveState(t: PyThreadState): void {
  t.frame = tstate.frame;
  t.excInfo = tstate.excInfo;
  t.depth = recursion.depth;
  t.nested = tstate.nested;
}

function loadState(t: PyThreadState): void {
  tstate.frame = t.frame;
  tstate.excInfo = t.excInfo;
  recursion.depth = t.depth;
  tstate.nested = t.nested;
  gil.current = t;
}

// ## Ready queue and timers

function makeReady(t: PyThreadState): void {
  t.status = 'ready';
  gil.ready.push(t);
  if (gil.dropAt === Infinity) gil.dropAt = now() + interval();
  record(t, 'ready', null);
}

/** Wake a blocked thread: its native finds `ok`/`exc` when it runs again. */
export function wake(t: PyThreadState, ok: boolean, exc: PyBaseException | null = null): void {
  if (t.status !== 'blocked') return;
  if (t.waitQueue !== null) {
    const q = t.waitQueue.waiters;
    const i = q.indexOf(t);
    if (i >= 0) q.splice(i, 1);
    t.waitQueue = null;
  }
  const deadline = t.deadline;
  if (t.deadline !== Infinity) {
    const i = gil.blocked.indexOf(t);
    if (i >= 0) gil.blocked.splice(i, 1);
    t.deadline = Infinity;
  }
  t.wake = { key: t.waitKey!, ok, exc, deadline };
  t.waitKey = null;
  makeReady(t);
}

function pollTimers(at: number): void {
  const b = gil.blocked;
  for (let i = 0; i < b.length; i++) {
    if (b[i].deadline <= at) {
      wake(b[i], false);
      i--;
    }
  }
}

/** Ctrl-C: the main thread raises KeyboardInterrupt, now if it runs, or when it wakes. */
function pollInterrupt(): void {
  const intr = tstate.interrupt;
  if (intr !== null && Atomics.load(intr, 0) !== 0) {
    Atomics.store(intr, 0, 0);
    gil.pendingInterrupt = true;
    gil.countdown = 0;
  }
  if (gil.pendingInterrupt && gil.main.status === 'blocked') {
    gil.pendingInterrupt = false;
    wake(gil.main, false, newException(KeyboardInterrupt, null));
  }
  if (gil.pendingInterrupt || gil.main.wake?.exc) gil.dropAt = 0;
}

// ## The eval breaker

/**
 * The slow path of the eval breaker check (ceval.c: handle_eval_breaker): Ctrl-C for the
 * main thread, timers, and the GIL drop request.  Returns true when the running slice must
 * return SUSPEND to the scheduler.
 */
export function evalBreaker(): boolean {
  const t = gil.current;
  pollInterrupt();
  if (gil.pendingInterrupt && t === gil.main) {
    gil.pendingInterrupt = false;
    resetCountdown();
    throw newException(KeyboardInterrupt, null);
  }
  if (gil.threads.length <= 1) {
    resetCountdown();
    return false;
  }
  if (gil.ioHandover) {
    gil.ioHandover = false;
    if (gil.ready.length > 0) {
      resetCountdown();
      return yieldGil(t, 'io', true);
    }
  }
  let drop: boolean;
  if (gil.deterministic > 0) {
    if (gil.blocked.length) pollTimers(now());
    drop = gil.ready.length > 0 && gil.instructions <= 0;
  } else {
    const at = now();
    adaptClock(at);
    pollTimers(at);
    drop = gil.ready.length > 0 && at >= gil.dropAt;
  }
  resetCountdown();
  if (!drop) return false;
  return yieldGil(t, gil.deterministic > 0 ? 'count' : 'interval', true);
}

/** Read the clock about 20 times per switch interval, whatever the loop's speed. */
function adaptClock(at: number): void {
  const elapsed = at - gil.lastClock;
  gil.lastClock = at;
  const target = interval() / 20;
  if (elapsed < target / 2 && gil.clockEvery < 4096) gil.clockEvery *= 2;
  else if (elapsed > target * 2 && gil.clockEvery > 1) gil.clockEvery >>= 1;
}

/**
 * The running thread drops the GIL and waits for it.  True: the caller returns to the
 * scheduler (a slice whose caller can return: `canReturn`).
 */
function yieldGil(t: PyThreadState, reason: SwitchReason, canReturn: boolean): boolean {
  record(t, 'ready', reason);
  t.status = 'ready';
  gil.ready.push(t);
  if (canReturn && tstate.nested === 0 && t !== gil.main) return true;
  runUntilResumed(t);
  afterResume(t);
  return false;
}

/** A pinned main thread that got the GIL back raises a pending Ctrl-C. */
function afterResume(t: PyThreadState): void {
  if (t === gil.main && gil.pendingInterrupt) {
    gil.pendingInterrupt = false;
    throw newException(KeyboardInterrupt, null);
  }
}

// ## Blocking

/**
 * True when the native with MethodDef `def` was called straight from a CALL of the running
 * frame (so the instruction can be restarted).  Blocking natives ask first thing, which
 * also forgets the callee so a later indirect call is not mistaken for a direct one.
 */
export function calledDirectly(def: object, kwnames: string[] | null): boolean {
  const fn = gil.directFn as { def?: object } | null;
  gil.directFn = null;
  gil.directKw = kwnames;
  return fn !== null && fn.def === def;
}

/** The outcome waiting for `key` if the thread was woken from it (a restarted native). */
export function takeWake(key: object): Wake | null {
  const t = gil.current;
  const w = t.wake;
  if (w === null || w.key !== key) return null;
  t.wake = null;
  return w;
}

/**
 * Block the running thread on `key` until wake() or `deadline` (ms, performance.now()).
 * `direct`: the native was called straight from a CALL of a slice, so it may suspend by
 * throwing (the CALL runs again later and the native calls takeWake()).  Otherwise this
 * returns the outcome once the thread runs again.
 */
export function block(key: object, queue: WaitQueue | null, deadline: number, reason: SwitchReason, direct: boolean): boolean {
  const t = gil.current;
  if (gil.threads.length <= 1) return waitAlone(deadline);
  if (queue !== null) queue.waiters.push(t);
  t.status = 'blocked';
  t.waitKey = key;
  t.waitQueue = queue;
  t.waitReason = reason;
  t.deadline = deadline;
  if (deadline !== Infinity) gil.blocked.push(t);
  record(t, 'blocked', reason);
  if (direct && tstate.nested === 0 && t !== gil.main) throw new SuspendSignal();
  runUntilResumed(t);
  const w = takeWake(key)!;
  if (w.exc !== null) throw w.exc;
  return w.ok;
}

/** No other thread exists: wait in real time (a deadlock without a deadline, as CPython). */
function waitAlone(deadline: number): boolean {
  stdio.sink.beforeBlock?.();
  for (;;) {
    const left = deadline - now();
    if (left <= 0) return false;
    idle(Math.min(left, 50));
    if (gil.pendingInterrupt) {
      gil.pendingInterrupt = false;
      throw newException(KeyboardInterrupt, null);
    }
  }
}

const idleCell = new Int32Array(new SharedArrayBuffer(4));

/** Wait real time, woken early by Ctrl-C (which then becomes pendingInterrupt). */
function idle(ms: number): void {
  const intr = tstate.interrupt;
  if (intr !== null) {
    Atomics.wait(intr, 0, 0, ms);
    if (Atomics.load(intr, 0) !== 0) {
      Atomics.store(intr, 0, 0);
      gil.pendingInterrupt = true;
      gil.countdown = 0;
    }
  } else {
    Atomics.wait(idleCell, 0, 0, ms);
  }
}

// ## Scheduling

/** The next thread to get the GIL: the first waiting one that can run from here. */
function pickNext(self: PyThreadState | null): PyThreadState | null {
  const r = gil.ready;
  for (let i = 0; i < r.length; i++) {
    const t = r[i];
    if (t === self || !t.pinned) {
      r.splice(i, 1);
      return t;
    }
  }
  return null;
}

/**
 * Run other threads until `self` (pinned: its JS activation is below) holds the GIL again.
 * Models take_gil()'s wait, with the waiting done by running the other threads.
 */
export function runUntilResumed(self: PyThreadState): void {
  saveState(self);
  self.pinned = true;
  stdio.sink.beforeBlock?.();
  try {
    for (;;) {
      pollInterrupt();
      if (gil.blocked.length) pollTimers(now());
      const next = pickNext(self);
      if (next === self) break;
      if (next !== null) {
        runSlice(next);
        continue;
      }
      waitForSomething(self);
    }
  } finally {
    self.pinned = false;
  }
  self.status = 'running';
  loadState(self);
  switchedTo(self);
}

/** Nothing can run: sleep until the next timer (or Ctrl-C). */
function waitForSomething(self: PyThreadState): void {
  const next = nextDeadline();
  if (next === Infinity && gil.ready.length > 0 && !gil.pendingInterrupt) {
    // Only threads pinned below `self` could run: none of them can, until self returns.
    const names = gil.ready.map((t) => t.name).join(', ');
    wake(self, false, newException(RuntimeError, `glasspy cannot switch to ${names}: it is waiting below thread ${self.name} on the interpreter's stack (see README, threads)`));
    return;
  }
  const left = next - now();
  if (left > 0) idle(Math.min(left, 50));
}

let lastHolder: PyThreadState | null = null;

function switchedTo(t: PyThreadState): void {
  if (t !== lastHolder) gil.switches++;
  lastHolder = t;
  gil.ioHandover = false;
  gil.instructions = gil.deterministic;
  gil.dropAt = gil.ready.length > 0 ? now() + interval() : Infinity;
  gil.lastClock = now();
  resetCountdown();
  record(t, 'running', null);
}

/** Give `t` the GIL and run it until it drops it again (or ends). */
function runSlice(t: PyThreadState): void {
  const wasNew = t.status === 'new';
  t.status = 'running';
  loadState(t);
  tstate.nested = 0;
  switchedTo(t);
  let r: PyObject | null = null;
  let exc: unknown = null;
  try {
    if (wasNew) {
      const s = t.start!;
      const entry = evalHooks.makeEntry(s.func, s.args, s.kwnames);
      if (entry === null) {
        // A native callable: it runs with a JS activation of its own (not as slices).
        tstate.nested = 1;
        r = evalHooks.call(s.func, s.args, s.kwnames);
      } else {
        t.entry = entry;
        r = evalHooks.runSlice(entry, true);
      }
    } else {
      r = evalHooks.runSlice(t.entry!, false);
    }
  } catch (e) {
    exc = e;
  }
  if (r === SUSPEND) {
    saveState(t);
    return;
  }
  if (exc !== null) {
    try { evalHooks.reportUncaught(t, t.start!.func, exc); } catch { /* nothing more to do */ }
  }
  finishThread(t);
}

/** The thread's state is deleted: joiners wake, the GIL goes to the next thread. */
function finishThread(t: PyThreadState): void {
  t.status = 'done';
  t.start = null;
  t.entry = null;
  t.frame = null;
  record(t, 'done', 'exit');
  const i = gil.threads.indexOf(t);
  if (i >= 0) gil.threads.splice(i, 1);
  const s = t.sentinels;
  t.sentinels = [];
  for (const f of s) f(t);
  for (const f of threadEndHooks) f(t);
  resetCountdown();
}

/** Called with each thread that ends (thread-local storage drops its values). */
export const threadEndHooks: ((t: PyThreadState) => void)[] = [];

/** _thread.start_new_thread: a new thread waiting for the GIL. */
export function startThread(func: PyObject, args: PyObject[], kwnames: string[] | null): PyThreadState {
  const t = new PyThreadState(`Thread-${nextSerial}`);
  t.start = { func, args, kwnames };
  gil.threads.push(t);
  gil.lastClock = now();
  makeReady(t);
  t.status = 'new';
  resetCountdown();
  return t;
}

/**
 * time.sleep(secs) in a thread: drop the GIL for that long.  With no other thread it is
 * a plain interruptible wait.
 */
export function sleepThread(secs: number, key: object, direct: boolean): void {
  const w = takeWake(key);
  if (w !== null) {
    if (w.exc !== null) throw w.exc;
    return;
  }
  if (gil.threads.length <= 1) {
    waitAlone(now() + secs * 1000);
    return;
  }
  if (secs <= 0) {
    // sleep(0) drops the GIL and takes it back: another thread waiting gets it.
    if (gil.ready.length === 0) return;
    const t = gil.current;
    t.wake = { key, ok: true, exc: null, deadline: Infinity };
    if (yieldGil(t, 'sleep', direct)) throw new SuspendSignal();
    t.wake = null;
    return;
  }
  block(key, null, now() + secs * 1000, 'sleep', direct);
}

/** Threads other than the main one that have not ended. */
export function otherThreads(): PyThreadState[] {
  return gil.threads.filter((t) => t !== gil.main);
}

/**
 * Between cells (engine/host/worker.ts): the idle main thread lets the other threads run for
 * up to `ms`, as ipykernel's threads keep running after a cell.  Returns how long until one
 * of them could run again: 0 now, a timer's distance in ms, or -1 when none will run unless
 * code in a later cell wakes it (or none is left).
 */
export function runBackground(ms: number, reason: SwitchReason = 'sleep'): number {
  const self = gil.current;
  if (otherThreads().length > 0 && (gil.ready.length > 0 || nextDeadline() <= now())) {
    try {
      block(backgroundKey, null, now() + ms, reason, false);
    } catch (e) {
      // Ctrl-C with no cell running has nothing to stop.
      if (!(e instanceof PyBaseException) || self !== gil.main) throw e;
    }
  }
  if (otherThreads().length === 0) return -1;
  if (gil.ready.length > 0) return 0;
  const next = nextDeadline();
  return next === Infinity ? -1 : Math.max(1, Math.ceil(next - now()));
}

const backgroundKey = {};

function nextDeadline(): number {
  let next = Infinity;
  for (const t of gil.blocked) if (t.deadline < next) next = t.deadline;
  return next;
}

/** The thread running now (PyThreadState_Get). */
export function currentThread(): PyThreadState {
  return gil.current;
}
