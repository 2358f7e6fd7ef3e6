// ## The magics registry
//
// One table of magics shared by the kernel, the REPL and the notebook runner (DESIGN.md):
// a cell's `%name args` line or `%%name args` first line is dispatched here by the session
// (engine/session/transform.ts).  A magic gets the rest of its line, the cell body for a
// cell magic, and a context to run code in the user's namespace or display bundles; it
// returns a Python object (shown as the cell's result when the magic is the last line,
// None for nothing) or a MIME bundle.  Each magic lives in its own file and registers
// itself with registerMagic; engine/magics/all.ts imports them all.

import type { PyObject } from '../objects/object.js';
import { PyDict, dictSetStr, dictGetStr } from '../objects/dict.js';
import type { PyList } from '../objects/list.js';
import type { MimeBundle, DisplayMessage, Json } from '../session/display.js';
import { PyBaseException } from '../objects/exceptions.js';
import { newStr } from '../objects/str.js';
import { call } from '../objects/abstract.js';
import { interp } from '../vm/interp.js';
import { compileSource } from '../vm/compile.js';
import { Frame } from '../vm/frame.js';
import { runFrame } from '../vm/eval.js';

export interface MagicContext {
  /** The user namespace (the notebook's __main__ globals). */
  readonly namespace: PyDict;
  /** The calling function's locals when a magic runs inside one (IPython's local_ns), else null. */
  readonly localNs: PyDict | null;
  /** Compile and run source in the user namespace: 'eval' returns the value, 'exec' None. */
  run(source: string, mode: 'exec' | 'eval'): PyObject;
  /** Write to sys.stdout. */
  write(text: string): void;
  /** Publish a display_data bundle. */
  display(data: MimeBundle, metadata?: Record<string, Json>): void;
  /** True when source is one expression (so %time returns its value, as IPython's). */
  isExpression(source: string): boolean;
  /** IPython's user_ns_hidden: the names (and objects) the session itself put in the namespace. */
  readonly hidden: PyDict;
  /** Input history, index 0 is '': as typed (input_hist_raw) and as run (the In list). */
  readonly rawHistory: readonly string[];
  readonly parsedHistory: PyList;
  /** The output cache (Out / _oh). */
  readonly outputHistory: PyDict;
  /** The running cell's number. */
  readonly executionCount: number;
  /** InteractiveShell.reset(new_session=False): clear the namespace and Out, keep In. */
  reset(): void;
  /** DisplayHook.flush: empty Out and drop `_N`, `_`, `__`, `___`. */
  flushOutput(): void;
  /** IPython's page.page in a kernel: the text goes to the pager (an execute_reply payload). */
  page(text: string): void;
  /** Run source as a cell (magics transformed, a last expression displayed), as run_cell does. */
  runCell(source: string): void;
  /** Run fn with display messages handed to handler instead of the front end (%%capture). */
  withDisplayHandler<T>(handler: (msg: DisplayMessage) => void, fn: () => T): T;
}

export type MagicResult = PyObject | { bundle: MimeBundle };

export interface MagicDef {
  name: string;
  kind: 'line' | 'cell';
  /** First line is the summary %lsmagic and %magic show. */
  doc: string;
  /** The IPython Magics class the magic belongs to (%lsmagic's JSON view); 'Other' if none. */
  owner?: string;
  run(line: string, cell: string | null, ctx: MagicContext): MagicResult;
}

const magics = { line: new Map<string, MagicDef>(), cell: new Map<string, MagicDef>() };

export function registerMagic(def: MagicDef): void {
  magics[def.kind].set(def.name, def);
}

export function findMagic(kind: 'line' | 'cell', name: string): MagicDef | null {
  return magics[kind].get(name) ?? null;
}

/** Names of the registered magics of a kind, sorted. */
export function magicNames(kind: 'line' | 'cell'): string[] {
  return [...magics[kind].keys()].sort();
}

// ## UsageError (IPython.core.error.UsageError)
//
// Bad magic arguments raise UsageError, an Exception subclass from IPython.core.error;
// the session shows it as `UsageError: message` on stderr without a traceback, as
// InteractiveShell.show_usage_error does.

const USAGE_ERROR_SOURCE = `class UsageError(Exception):
    """Error in magic function arguments, etc.

    Something that probably won't warrant a full traceback, but should
    nevertheless interrupt a macro / batch file.
    """
`;

let usageErrorT: PyObject | null = null;

export function usageErrorType(): PyObject {
  if (usageErrorT === null) {
    const d = new PyDict();
    dictSetStr(d, '__builtins__', interp.builtins!);
    dictSetStr(d, '__name__', newStr('IPython.core.error'));
    runFrame(new Frame(compileSource(USAGE_ERROR_SOURCE, '<glasspy>', 'exec'), d, interp.builtins!.md_dict, d, null));
    usageErrorT = dictGetStr(d, 'UsageError');
    // This cache's reference: the namespace it was made in is dropped.
    usageErrorT!.ob_refcnt++;
  }
  return usageErrorT!;
}

/** A UsageError instance, to throw. */
export function usageError(msg: string): PyBaseException {
  return call(usageErrorType(), [newStr(msg)]) as PyBaseException;
}

export function isUsageError(e: PyBaseException): boolean {
  return usageErrorT !== null && e.ob_type === usageErrorT;
}

// ## %lsmagic (IPython.core.magics.basic.BasicMagics.lsmagic / LSMagic's text form)

function lsmagicText(): string {
  const line = magicNames('line').map((n) => `%${n}`).join('  ');
  const cell = magicNames('cell').map((n) => `%%${n}`).join('  ');
  return `Available line magics:\n${line}\n\nAvailable cell magics:\n${cell}\n\nAutomagic is OFF, % prefix IS needed for line magics.`;
}

/** MagicsDisplay._jsonable: each magic's name to its Magics class name. */
function lsmagicJson(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const kind of ['line', 'cell'] as const) {
    out[kind] = {};
    for (const n of magicNames(kind)) out[kind][n] = magics[kind].get(n)!.owner ?? 'Other';
  }
  return out;
}

registerMagic({
  name: 'lsmagic',
  kind: 'line',
  owner: 'BasicMagics',
  doc: 'List currently available magic functions.',
  run: () => ({ bundle: { 'text/plain': lsmagicText(), 'application/json': lsmagicJson() } }),
});
