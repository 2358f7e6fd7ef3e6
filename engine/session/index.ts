// The session API used by the kernel host, the REPL and the notebook runner.
export { Session } from './session.js';
export type { ExecuteOptions, ExecuteReply, ErrorInfo, SessionOptions } from './session.js';
export type { DisplayMessage, MimeBundle, Json } from './display.js';
export type { CompleteResult } from './complete.js';
export type { InspectResult } from './inspect.js';
export type { IsCompleteResult } from './iscomplete.js';
