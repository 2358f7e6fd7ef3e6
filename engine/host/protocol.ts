// ## Messages between a session host (main thread) and its worker
//
// Requests carry an id that the reply repeats; the worker handles one at a time, in
// order.  While a cell runs the worker also sends stream batches, display messages and
// input requests.  Two SharedArrayBuffers are shared: `control` (Int32 cells: the
// interrupt flag the eval loop's breaker reads, then the input hand-shake) and `input`
// (the UTF-8 bytes of an input reply).

import type { ExecuteReply, ExecuteOptions } from '../session/session.js';
import type { CompleteResult } from '../session/complete.js';
import type { InspectResult } from '../session/inspect.js';
import type { IsCompleteResult } from '../session/iscomplete.js';
import type { DisplayMessage } from '../session/display.js';

export type HostRequest =
  | { type: 'execute'; id: number; code: string; opts: ExecuteOptions; allowStdin: boolean; interrupted?: boolean }
  | { type: 'complete'; id: number; code: string; cursorPos: number }
  | { type: 'inspect'; id: number; code: string; cursorPos: number; detailLevel: 0 | 1 }
  | { type: 'is_complete'; id: number; code: string };

export type HostReplyBody = ExecuteReply | CompleteResult | InspectResult | IsCompleteResult;

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { type: 'display'; msg: DisplayMessage }
  | { type: 'input_request'; prompt: string; password: boolean }
  | { type: 'reply'; id: number; body: HostReplyBody };

/** Int32 indices in the control buffer. */
export const CTL_INTERRUPT = 0;
/** Input hand-shake: 0 waiting, 1 answer ready (length in CTL_INPUT_LEN), 2 interrupted. */
export const CTL_INPUT_STATE = 1;
export const CTL_INPUT_LEN = 2;
export const CTL_SIZE = 4;
export const INPUT_BYTES = 1 << 20;

export interface WorkerData {
  glasspyHost: true;
  control: SharedArrayBuffer;
  input: SharedArrayBuffer;
  /** How the session names cells and formats tracebacks (SessionOptions.tracebackStyle). */
  tracebackStyle: 'ipython' | 'python';
  /** The bundle file to load (when glasspy runs from dist/glasspy.cjs). */
  bundle?: string;
}
