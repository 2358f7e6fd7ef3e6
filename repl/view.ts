// ## The Ink view
//
// Thin by design: finished transcript items go to Ink's <Static> (printed once, then left
// to the terminal's scrollback), and a small live area below redraws the buffer being
// edited, the completion menu, the reverse-search line or the input() prompt, and the
// status bar.  The live area is kept shorter than the terminal: a taller one makes Ink clear
// the screen and print the whole transcript again on every key.  All strings come from render.ts.  ink and react are loaded by main.ts with
// a dynamic import (ink needs top-level await, which a CommonJS bundle cannot hold).

import type * as InkModule from 'ink';
import type * as ReactModule from 'react';
import type { ReplController, TranscriptItem } from './controller.js';
import { renderItem, renderEditor, renderCompletion, renderStatus, visualRows } from './render.js';

export function makeApp(ink: typeof InkModule, React: typeof ReactModule, ctl: ReplController, builtins: ReadonlySet<string>, subscribe: (fn: () => void) => void) {
  const h = React.createElement;
  const { Box, Text, Static } = ink;

  return function App() {
    const [, setTick] = React.useState(0);
    React.useEffect(() => subscribe(() => setTick((t) => t + 1)), []);
    const { stdout } = ink.useStdout();
    const rows = stdout.rows || 24;
    const columns = stdout.columns || 80;
    const s = ctl.snapshot();
    // <Static> needs a new array when items are added (it prints those past the last length
    // it saw); a key press adds none, so the 10,000-line transcript is not copied per key.
    const items = React.useMemo(() => [...s.transcript], [s.transcript.length]);
    const live: ReactModule.ReactNode[] = [];
    const status = s.statusVisible && s.mode !== 'running' ? renderStatus(s.status) : null;
    if (s.mode === 'edit') {
      const menu = s.completion ? renderCompletion(s.completion) : null;
      // The live area stays shorter than the terminal (see renderEditor); one row is Ink's.
      const taken = (menu === null ? 0 : menu.split('\n').length) + (status === null ? 0 : visualRows(status, columns)) + 1;
      live.push(h(Text, { key: 'editor' }, renderEditor(s.editor, builtins, Math.max(3, rows - taken), columns)));
      if (menu !== null) live.push(h(Text, { key: 'menu' }, menu));
    } else if (s.mode === 'search' && s.search) {
      live.push(h(Text, { key: 'search' }, `(reverse-i-search)\`${s.search.query}': ${s.search.match ?? ''}`));
    } else if (s.mode === 'input') {
      live.push(h(Text, { key: 'input' }, s.inputPrompt + s.inputLine + '\x1b[7m \x1b[0m'));
    }
    if (status !== null) live.push(h(Text, { key: 'status' }, status));
    return h(Box, { flexDirection: 'column' },
      h(Static<TranscriptItem>, {
        items,
        children: (item: TranscriptItem, i: number) => h(Text, { key: i }, renderItem(item, builtins)),
      }),
      ...live);
  };
}
