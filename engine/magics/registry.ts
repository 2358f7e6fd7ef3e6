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
import type { PyDict } from '../objects/dict.js';
import type { MimeBundle } from '../session/display.js';

export interface MagicContext {
  /** The user namespace (the notebook's __main__ globals). */
  readonly namespace: PyDict;
  /** Compile and run source in the user namespace: 'eval' returns the value, 'exec' None. */
  run(source: string, mode: 'exec' | 'eval'): PyObject;
  /** Write to sys.stdout. */
  write(text: string): void;
  /** Publish a display_data bundle. */
  display(data: MimeBundle): void;
  /** True when source is one expression (so %time returns its value, as IPython's). */
  isExpression(source: string): boolean;
}

export type MagicResult = PyObject | { bundle: MimeBundle };

export interface MagicDef {
  name: string;
  kind: 'line' | 'cell';
  /** First line is the summary %lsmagic and %magic show. */
  doc: string;
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

// ## %lsmagic (IPython.core.magics.basic.BasicMagics.lsmagic / LSMagic's text form)

function lsmagicText(): string {
  const line = magicNames('line').map((n) => `%${n}`).join('  ');
  const cell = magicNames('cell').map((n) => `%%${n}`).join('  ');
  return `Available line magics:\n${line}\n\nAvailable cell magics:\n${cell}\n\nAutomagic is OFF, % prefix IS needed for line magics.`;
}

registerMagic({
  name: 'lsmagic',
  kind: 'line',
  doc: 'List currently available magic functions.',
  run: () => ({ bundle: { 'text/plain': lsmagicText() } }),
});
